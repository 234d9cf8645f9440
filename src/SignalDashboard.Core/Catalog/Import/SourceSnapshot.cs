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
    /// same snapshot twice is recognised by it.
    /// </summary>
    public string Fingerprint()
    {
        var text = new StringBuilder();
        text.Append(Source).Append('\n').Append(AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        foreach (var entry in Entries.OrderBy(e => e.Provider, StringComparer.Ordinal).ThenBy(e => e.Model, StringComparer.Ordinal))
        {
            text.Append(entry.Provider).Append('\t').Append(entry.Model);
            foreach (var compared in ComparedFields)
                text.Append('\t').Append(entry[compared] is { } price ? Canonical(price) : "-");
            text.Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>5, 5.0 and 5.00 are one price: drop the trailing zeros of the scale.</summary>
    private static string Canonical(decimal price) =>
        (price / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
