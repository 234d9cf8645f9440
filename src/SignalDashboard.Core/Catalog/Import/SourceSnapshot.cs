using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SignalDashboard.Core.Catalog.Import;

/// <summary>
/// What one catalog source said on one day: every entry with the prices in effect on <see cref="AsOf"/>.
/// Events are derived from the sequence of a source's snapshots in as-of order.
/// </summary>
public sealed record SourceSnapshot(string Source, CatalogFormat Format, DateOnly AsOf, IReadOnlyList<SnapshotEntry> Entries)
{
    /// <summary>The fields compared between snapshots: input, output, cache read (cached input) and cache write.</summary>
    public static readonly IReadOnlyList<PriceField> ComparedFields =
        [PriceField.Input, PriceField.Output, PriceField.CachedInput, PriceField.CacheWrite];

    /// <summary>
    /// A hash of the content (source, day and every entry's ids and prices, in a canonical order): importing the
    /// same snapshot twice is recognised by it. Stores keep it, so its text never changes: SHA-256 of the UTF-8 of
    /// <c>source\nyyyy-MM-dd\n</c> then, per entry by provider and model (ordinal), <c>provider\tmodel</c> and
    /// <c>\t</c> + each compared price without trailing zeros (or <c>-</c>), then <c>\n</c>.
    /// </summary>
    /// <remarks>
    /// Hashed as it is written, piece by piece (no text of the whole snapshot), and not sorted when the entries are
    /// in order already (a bundled history's are): a first run fingerprints 113 snapshots of ~1,400 entries.
    /// </remarks>
    public string Fingerprint()
    {
        using var hash = new HashedText();
        Header(hash);
        foreach (var entry in InCanonicalOrder())
            Line(hash, entry);
        return hash.Finish();
    }

    /// <summary>
    /// Each snapshot's <see cref="Fingerprint"/>, computed together: an entry shared by several snapshots (the same
    /// object, as a bundled history's days share them) is written once, and the snapshots are hashed in parallel.
    /// </summary>
    public static IReadOnlyList<string> Fingerprints(IReadOnlyList<SourceSnapshot> snapshots)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        var lines = new Dictionary<SnapshotEntry, byte[]>(ReferenceEqualityComparer.Instance);
        foreach (var snapshot in snapshots)
        {
            foreach (var entry in snapshot.Entries)
            {
                if (lines.ContainsKey(entry)) continue;
                using var text = new HashedText(collect: true);
                Line(text, entry);
                lines.Add(entry, text.Collected());
            }
        }
        var fingerprints = new string[snapshots.Count];
        Parallel.For(0, snapshots.Count, i =>
        {
            using var hash = new HashedText();
            snapshots[i].Header(hash);
            foreach (var entry in snapshots[i].InCanonicalOrder())
                hash.Bytes(lines[entry]);
            fingerprints[i] = hash.Finish();
        });
        return fingerprints;
    }

    private void Header(HashedText hash)
    {
        hash.Text(Source);
        hash.Byte((byte)'\n');
        hash.Text(AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        hash.Byte((byte)'\n');
    }

    private static void Line(HashedText hash, SnapshotEntry entry)
    {
        hash.Text(entry.Provider);
        hash.Byte((byte)'\t');
        hash.Text(entry.Model);
        foreach (var compared in ComparedFields)
        {
            hash.Byte((byte)'\t');
            if (entry[compared] is { } price) hash.Price(price);
            else hash.Byte((byte)'-');
        }
        hash.Byte((byte)'\n');
    }

    private IEnumerable<SnapshotEntry> InCanonicalOrder()
    {
        for (var i = 1; i < Entries.Count; i++)
        {
            if (Compare(Entries[i - 1], Entries[i]) > 0)
                return Entries.OrderBy(e => e.Provider, StringComparer.Ordinal).ThenBy(e => e.Model, StringComparer.Ordinal);
        }
        return Entries; // already in order; a stable sort would keep it as it is
    }

    private static int Compare(SnapshotEntry a, SnapshotEntry b)
    {
        var c = string.CompareOrdinal(a.Provider, b.Provider);
        return c != 0 ? c : string.CompareOrdinal(a.Model, b.Model);
    }

    /// <summary>
    /// UTF-8 written into a pooled buffer and hashed a buffer at a time; or, to collect an entry's line once for
    /// several snapshots, kept (<see cref="Collected"/>).
    /// </summary>
    private sealed class HashedText(bool collect = false) : IDisposable
    {
        private readonly IncrementalHash? _hash = collect ? null : IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private readonly List<byte>? _kept = collect ? [] : null;
        private readonly byte[] _buffer = ArrayPool<byte>.Shared.Rent(collect ? 1024 : 64 * 1024);
        private int _used;

        public void Byte(byte b)
        {
            Room(1);
            _buffer[_used++] = b;
        }

        public void Bytes(byte[] bytes)
        {
            if (bytes.Length > _buffer.Length)
            {
                Flush();
                Append(bytes);
                return;
            }
            Room(bytes.Length);
            bytes.CopyTo(_buffer, _used);
            _used += bytes.Length;
        }

        public void Text(string text)
        {
            var most = Encoding.UTF8.GetMaxByteCount(text.Length);
            if (most > _buffer.Length)
            {
                Flush();
                Append(Encoding.UTF8.GetBytes(text));
                return;
            }
            Room(most);
            _used += Encoding.UTF8.GetBytes(text, _buffer.AsSpan(_used));
        }

        /// <summary>5, 5.0 and 5.00 are one price: written as decimal prints it, without the trailing zeros of its scale.</summary>
        public void Price(decimal price)
        {
            Room(64);
            var span = _buffer.AsSpan(_used);
            if (!price.TryFormat(span, out var written, default, CultureInfo.InvariantCulture))
                throw new InvalidOperationException("a decimal did not fit 64 bytes");
            if (span[..written].IndexOf((byte)'.') >= 0)
            {
                while (span[written - 1] == (byte)'0') written--;
                if (span[written - 1] == (byte)'.') written--;
            }
            _used += written;
        }

        public string Finish()
        {
            Flush();
            return Convert.ToHexStringLower(_hash!.GetHashAndReset());
        }

        public byte[] Collected()
        {
            Flush();
            return [.. _kept!];
        }

        public void Dispose()
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _hash?.Dispose();
        }

        private void Room(int bytes)
        {
            if (_used + bytes > _buffer.Length) Flush();
        }

        private void Flush()
        {
            Append(_buffer.AsSpan(0, _used));
            _used = 0;
        }

        private void Append(ReadOnlySpan<byte> bytes)
        {
            if (_hash is not null) _hash.AppendData(bytes);
            else _kept!.AddRange(bytes);
        }
    }
}
