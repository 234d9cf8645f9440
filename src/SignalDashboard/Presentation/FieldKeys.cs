using SignalDashboard.Core.Catalog;

namespace SignalDashboard.Presentation;

/// <summary>
/// Field names in event and diff output, as issue #3's contract spells them: input, output, cache_read, cache_write.
/// (The catalog list keeps its own names: cached_input, batch_input, …)
/// </summary>
public static class FieldKeys
{
    public static string? Event(PriceField? field) => field switch
    {
        null => null,
        PriceField.Input => "input",
        PriceField.Output => "output",
        PriceField.CachedInput => "cache_read",
        PriceField.CacheWrite => "cache_write",
        var other => other.Value.Key(),
    };
}
