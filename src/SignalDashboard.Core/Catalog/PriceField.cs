namespace SignalDashboard.Core.Catalog;

/// <summary>One priced dimension of a model, always in USD per 1M tokens.</summary>
public enum PriceField
{
    Input,
    Output,
    CachedInput,
    CacheWrite,
    BatchInput,
    BatchOutput,
}

public static class PriceFields
{
    public static readonly IReadOnlyList<PriceField> All = Enum.GetValues<PriceField>();

    /// <summary>The snake_case name used in JSON, CSV and the CLI.</summary>
    public static string Key(this PriceField field) => field switch
    {
        PriceField.Input => "input",
        PriceField.Output => "output",
        PriceField.CachedInput => "cached_input",
        PriceField.CacheWrite => "cache_write",
        PriceField.BatchInput => "batch_input",
        PriceField.BatchOutput => "batch_output",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    public static bool TryParse(string key, out PriceField field)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Key(), key, StringComparison.OrdinalIgnoreCase))
            {
                field = candidate;
                return true;
            }
        }
        field = default;
        return false;
    }
}
