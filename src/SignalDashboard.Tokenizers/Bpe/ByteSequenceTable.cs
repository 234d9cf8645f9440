using System.Buffers.Binary;
using System.Numerics;

namespace SignalDashboard.Tokenizers.Bpe;

/// <summary>
/// The tokens of a vocabulary as raw bytes: id → bytes, and bytes → id through an open-addressed index over one
/// byte buffer. Looking a piece up needs no string, no byte-level alphabet and no allocation — the operation the
/// merge loop and the whole-piece check do for every piece they have not seen.
/// </summary>
public sealed class ByteSequenceTable
{
    private readonly byte[] _blob;
    private readonly int[] _starts;   // by id; -1 when the id has no bytes
    private readonly int[] _lengths;  // by id
    private readonly Slot[] _slots;
    private readonly int _mask;

    /// <summary>
    /// One index entry, 16 bytes: the token's first 8 bytes inline, so a lookup of a token of up to 8 bytes (most of
    /// them) reads one cache line and never the byte buffer.
    /// </summary>
    private struct Slot
    {
        public ulong Head;   // the first 8 bytes, little-endian, zero-padded
        public int Length;   // 0 = empty
        public int Id;
    }

    private ByteSequenceTable(byte[] blob, int[] starts, int[] lengths, int count)
    {
        _blob = blob;
        _starts = starts;
        _lengths = lengths;
        Count = count;
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, count + count / 2)); // load at most 2/3
        _slots = new Slot[size];
        _mask = size - 1;
        for (var id = 0; id < starts.Length; id++)
        {
            if (starts[id] < 0 || lengths[id] == 0) continue;
            var bytes = blob.AsSpan(starts[id], lengths[id]);
            var slot = (int)Hash(bytes, out var head) & _mask;
            while (_slots[slot].Length != 0 && !Same(_slots[slot], head, bytes)) slot = (slot + 1) & _mask;
            if (_slots[slot].Length == 0) _slots[slot] = new Slot { Head = head, Length = bytes.Length, Id = id }; // else: the same bytes twice, the first id wins
        }
    }

    /// <summary>How many ids have bytes.</summary>
    public int Count { get; }

    public bool TryGetId(ReadOnlySpan<byte> bytes, out int id)
    {
        var slot = (int)Hash(bytes, out var head) & _mask;
        while (true)
        {
            ref readonly var entry = ref _slots[slot];
            if (entry.Length == 0)
            {
                id = -1;
                return false;
            }
            if (Same(entry, head, bytes))
            {
                id = entry.Id;
                return true;
            }
            slot = (slot + 1) & _mask;
        }
    }

    private bool Same(in Slot entry, ulong head, ReadOnlySpan<byte> bytes) =>
        entry.Head == head && entry.Length == bytes.Length &&
        (bytes.Length <= 8 || _blob.AsSpan(_starts[entry.Id] + 8, bytes.Length - 8).SequenceEqual(bytes[8..]));

    /// <summary>The bytes of a token; empty for an id without bytes.</summary>
    public ReadOnlySpan<byte> BytesOf(int id) =>
        id >= 0 && id < _starts.Length && _starts[id] >= 0 ? _blob.AsSpan(_starts[id], _lengths[id]) : default;

    public bool Contains(int id) => id >= 0 && id < _starts.Length && _starts[id] >= 0;

    /// <summary>
    /// A multiply-xorshift hash over 8-byte words (tokens are short; this is the hot path); also gives the first
    /// 8 bytes as a word (<see cref="Slot.Head"/>).
    /// </summary>
    private static ulong Hash(ReadOnlySpan<byte> bytes, out ulong head)
    {
        const ulong K = 0x9E3779B97F4A7C15UL;
        head = Word(bytes);
        var h = ((ulong)bytes.Length * K) ^ head;
        for (var rest = bytes.Length > 8 ? bytes[8..] : default; !rest.IsEmpty; rest = rest.Length > 8 ? rest[8..] : default)
        {
            h = (h * K) ^ (h >> 29);
            h ^= Word(rest);
        }
        h *= K;
        return h ^ (h >> 32);
    }

    private static ulong Word(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 8) return BinaryPrimitives.ReadUInt64LittleEndian(bytes);
        ulong word = 0;
        for (var i = 0; i < bytes.Length; i++) word |= (ulong)bytes[i] << (8 * i);
        return word;
    }

    /// <summary>Collects (id, bytes) pairs, then builds the table.</summary>
    public sealed class Builder(int capacityHint = 1024)
    {
        private byte[] _blob = new byte[Math.Max(1024, capacityHint * 8)];
        private int _used;
        private readonly List<(int Id, int Start, int Length)> _entries = new(capacityHint);
        private int _maxId = -1;

        /// <summary>Room for <paramref name="length"/> more bytes; write them, then call <see cref="Commit"/>.</summary>
        public Span<byte> Reserve(int length)
        {
            if (_used + length > _blob.Length) Array.Resize(ref _blob, Math.Max(_blob.Length * 2, _used + length));
            return _blob.AsSpan(_used, length);
        }

        public void Commit(int id, int length)
        {
            _entries.Add((id, _used, length));
            _used += length;
            _maxId = Math.Max(_maxId, id);
        }

        public void Add(int id, ReadOnlySpan<byte> bytes)
        {
            bytes.CopyTo(Reserve(bytes.Length));
            Commit(id, bytes.Length);
        }

        public ByteSequenceTable Build()
        {
            var starts = new int[_maxId + 1];
            var lengths = new int[_maxId + 1];
            Array.Fill(starts, -1);
            var count = 0;
            foreach (var (id, start, length) in _entries)
            {
                if (starts[id] >= 0) continue; // an id listed twice keeps its first bytes
                starts[id] = start;
                lengths[id] = length;
                count++;
            }
            Array.Resize(ref _blob, _used);
            return new ByteSequenceTable(_blob, starts, lengths, count);
        }
    }
}
