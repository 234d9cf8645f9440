using System.Globalization;

namespace SignalDashboard.Core.Catalog.Events;

/// <summary>
/// The names that <c>sigdash catalog diff</c> and <c>events list</c> print (a scripting contract: README, Command line): changes as
/// <c>added</c>/<c>removed</c>/<c>changed</c>, fields as <c>input</c>, <c>output</c>, <c>cache_read</c>,
/// <c>cache_write</c>. (<see cref="PriceFields.Key"/> keeps the catalog list's own <c>cached_input</c>.)
/// </summary>
public static class DiffKeys
{
    public static string Change(ChangeKind change) => change switch
    {
        ChangeKind.Added => "added",
        ChangeKind.Removed => "removed",
        ChangeKind.Changed => "changed",
        _ => throw new ArgumentOutOfRangeException(nameof(change), change, null),
    };

    public static string Field(PriceField field) => field switch
    {
        PriceField.Input => "input",
        PriceField.Output => "output",
        PriceField.CachedInput => "cache_read",
        PriceField.CacheWrite => "cache_write",
        _ => field.Key(),
    };

    public static bool TryParseField(string key, out PriceField field)
    {
        foreach (var candidate in PriceFields.All)
        {
            if (string.Equals(Field(candidate), key, StringComparison.Ordinal))
            {
                field = candidate;
                return true;
            }
        }
        field = default;
        return false;
    }

    public static bool TryParseChange(string key, out ChangeKind change)
    {
        foreach (var candidate in Enum.GetValues<ChangeKind>())
        {
            if (string.Equals(Change(candidate), key, StringComparison.Ordinal))
            {
                change = candidate;
                return true;
            }
        }
        change = default;
        return false;
    }

    /// <summary>The position of a field in the diff order: input, output, cache_read, cache_write, then the others.</summary>
    public static int FieldOrder(PriceField field)
    {
        for (var i = 0; i < Compared.Count; i++)
        {
            if (Compared[i] == field) return i;
        }
        return Compared.Count + (int)field;
    }

    /// <summary>5, 5.0 and 5.00 are one price: the value with the trailing zeros of its scale dropped.</summary>
    public static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;

    /// <summary>A price as the JSON contract writes it: invariant, no trailing zeros (5, 0.075).</summary>
    public static string Number(decimal value) => Normalize(value).ToString(CultureInfo.InvariantCulture);

    private static IReadOnlyList<PriceField> Compared => Import.SourceSnapshot.ComparedFields;
}
