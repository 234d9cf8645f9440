namespace SignalDashboard.Core.Catalog.Import;

/// <summary>
/// One genai-prices price set: every field it gives (<c>input_mtok</c>, <c>cache_read_mtok</c>,
/// <c>input_audio_mtok</c>, <c>requests_kcount</c>, …, whatever the source adds), by name in ordinal order. A field
/// given as JSON null is not given.
/// </summary>
public sealed class GenaiPriceSet : IEquatable<GenaiPriceSet>
{
    /// <summary>The genai-prices fields that are a <see cref="PriceField"/>: the ones a snapshot compares.</summary>
    public static readonly IReadOnlyList<(string Name, PriceField Field)> ComparedFields =
    [
        ("input_mtok", PriceField.Input),
        ("output_mtok", PriceField.Output),
        ("cache_read_mtok", PriceField.CachedInput),
        ("cache_write_mtok", PriceField.CacheWrite),
    ];

    private readonly SortedDictionary<string, GenaiPrice> _fields;

    public GenaiPriceSet(IEnumerable<KeyValuePair<string, GenaiPrice>> fields)
    {
        _fields = new SortedDictionary<string, GenaiPrice>(StringComparer.Ordinal);
        foreach (var (name, price) in fields)
            _fields[name] = price;
    }

    public IReadOnlyDictionary<string, GenaiPrice> Fields => _fields;

    public GenaiPrice? this[string name] => _fields.GetValueOrDefault(name);

    /// <summary>The compared fields, a tiered figure by its base: what a <see cref="SnapshotEntry"/> holds.</summary>
    public Dictionary<PriceField, decimal> Compared()
    {
        var prices = new Dictionary<PriceField, decimal>(ComparedFields.Count);
        foreach (var (name, field) in ComparedFields)
        {
            if (_fields.TryGetValue(name, out var price))
                prices[field] = price.Base;
        }
        return prices;
    }

    public bool Equals(GenaiPriceSet? other) =>
        other is not null && _fields.Count == other._fields.Count
        && _fields.All(f => other._fields.TryGetValue(f.Key, out var price) && price.Equals(f.Value));

    public override bool Equals(object? obj) => Equals(obj as GenaiPriceSet);

    public override int GetHashCode() => _fields.Count == 0 ? 0 : HashCode.Combine(_fields.Count, _fields.First().Key);
}
