using SignalDashboard.Core.Catalog;

namespace SignalDashboard.Core.Usage;

/// <summary>
/// One source's usage as total tokens per catalog model and day, with the usage models that match no catalog
/// model (they cannot be priced and are listed, not guessed). An aggregate record (<see cref="UsageRecord.IsAggregate"/>:
/// OpenRouter's sum of the models outside its top 50) is no model: it is neither matched nor listed as unmatched, and
/// counts only in <see cref="OtherOn"/> and <see cref="TotalOn"/>, the day's whole traffic.
/// </summary>
public sealed class UsageByModel
{
    private readonly Dictionary<ModelKey, Dictionary<DateOnly, double>> _tokens = [];
    private readonly Dictionary<DateOnly, double> _other = [];
    private readonly Dictionary<DateOnly, double> _total = [];

    public UsageByModel(ModelCatalog catalog, IEnumerable<UsageRecord> records)
    {
        var matcher = new UsageModelMatcher(catalog);
        var unmatched = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            _total[record.Day] = _total.GetValueOrDefault(record.Day) + record.TotalTokens;
            if (record.IsAggregate)
            {
                _other[record.Day] = _other.GetValueOrDefault(record.Day) + record.TotalTokens;
                continue;
            }
            if (matcher.Match(record.Model) is not { } key)
            {
                unmatched.Add(record.Model);
                continue;
            }
            if (!_tokens.TryGetValue(key, out var days)) _tokens[key] = days = [];
            // Added in double: three counts near long.MaxValue (a store can hold them) would wrap around in long.
            days[record.Day] = days.GetValueOrDefault(record.Day) + ((double)record.InputTokens + record.OutputTokens + record.CachedTokens);
        }
        Unmatched = unmatched.ToList();
        Days = _tokens.Values.SelectMany(d => d.Keys).Distinct().Order().ToList();
    }

    /// <summary>Every day with usage of any matched model, in order.</summary>
    public IReadOnlyList<DateOnly> Days { get; }

    public IReadOnlyList<string> Unmatched { get; }

    public IEnumerable<ModelKey> Models => _tokens.Keys;

    /// <summary>Tokens of <paramref name="model"/> on <paramref name="day"/>; null when the source has no record.</summary>
    public double? On(ModelKey model, DateOnly day) =>
        _tokens.TryGetValue(model, out var days) && days.TryGetValue(day, out var tokens) ? tokens : null;

    /// <summary>The tokens of the aggregate of unnamed models on <paramref name="day"/>; null when the source has none.</summary>
    public double? OtherOn(DateOnly day) => _other.TryGetValue(day, out var tokens) ? tokens : null;

    /// <summary>Every token the source reports on <paramref name="day"/>: matched, unmatched and aggregate; null when it has no record.</summary>
    public double? TotalOn(DateOnly day) => _total.TryGetValue(day, out var tokens) ? tokens : null;

    /// <summary>Tokens of any of <paramref name="models"/> on the day; null when none has a record.</summary>
    public double? OnAny(IEnumerable<ModelKey> models, DateOnly day)
    {
        double? sum = null;
        foreach (var model in models)
        {
            if (On(model, day) is { } tokens) sum = (sum ?? 0) + tokens;
        }
        return sum;
    }

    /// <summary>The days with a record for any of <paramref name="models"/>.</summary>
    public IEnumerable<DateOnly> DaysOf(IEnumerable<ModelKey> models) =>
        models.SelectMany(m => _tokens.TryGetValue(m, out var days) ? days.Keys : Enumerable.Empty<DateOnly>()).Distinct().Order();
}
