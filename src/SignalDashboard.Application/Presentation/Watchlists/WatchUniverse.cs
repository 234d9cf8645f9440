using System.Globalization;
using SignalDashboard.Core.Alerts;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Events;
using SignalDashboard.Core.Markets;
using SignalDashboard.Core.Watchlists;

namespace SignalDashboard.Presentation.Watchlists;

/// <summary>
/// Everything a watch item can be: the catalog's models and the defined market assets, with their values on
/// <paramref name="today"/>. Resolves what a user typed to the item's own spelling, builds rows for the Watchlists
/// screen and the exports, and the observations alerts are evaluated on. Pure: the caller reads the store.
/// <para>A model may be named by another of its names: any spelling the <paramref name="aliases"/> map to the
/// catalog model's canonical key (<c>anthropic/claude-opus-4.6</c>, <c>openrouter/anthropic/claude-opus-4.6</c>,
/// <c>anthropic/claude-3-5-haiku</c> for <c>claude-3-5-haiku-latest</c>), its display name under its provider
/// (<c>anthropic/Claude Opus 4.6</c>), or its id alone when that is not an asset and only one model has it
/// (<c>gpt-4o-mini</c>). Each resolves to the catalog's own key.</para>
/// </summary>
public sealed class WatchUniverse(ModelCatalog catalog, DateOnly today, IReadOnlyList<WatchAsset> assets, ModelAliases? aliases = null)
{
    private readonly ModelAliases _aliases = aliases ?? ModelAliases.Rules;
    private readonly Dictionary<string, WatchAsset> _assets = assets.ToDictionary(a => a.Asset.Symbol, StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, CatalogModel> _models =
        catalog.Models.GroupBy(m => m.Key.ToString(), StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, CatalogModel> _otherNames = OtherNames(catalog, aliases ?? ModelAliases.Rules);

    public static WatchUniverse Empty { get; } = new(ModelCatalog.Empty, DateOnly.MinValue, []);

    /// <summary>The item as the catalog or the asset list spells it (case and other names forgiven); null when neither knows it.</summary>
    public WatchItem? Resolve(WatchItem item) =>
        ModelOf(item) is { } model ? WatchItem.ForModel(model.Key)
        : !item.IsModel && _assets.TryGetValue(item.Key, out var asset) ? WatchItem.ForAsset(asset.Asset.Symbol) : null;

    public WatchRow Row(WatchItem item)
    {
        if (ModelOf(item) is { } model)
            return ModelRow(item, model);
        return !item.IsModel && _assets.TryGetValue(item.Key, out var asset) ? AssetRow(item, asset) : UnknownRow(item);
    }

    /// <summary>The catalog model an item names, by its key or another of its names (see the class summary).</summary>
    private CatalogModel? ModelOf(WatchItem item)
    {
        if (!item.IsModel)
            return _assets.ContainsKey(item.Key) ? null : _otherNames.GetValueOrDefault(item.Key);
        if (_models.TryGetValue(item.Key, out var model))
            return model;
        return _otherNames.GetValueOrDefault(_aliases.Canonical(item.Model).ToString()) ?? _otherNames.GetValueOrDefault(item.Key);
    }

    /// <summary>Canonical keys, provider/display name, and ids alone — each only when one model has it.</summary>
    private static Dictionary<string, CatalogModel> OtherNames(ModelCatalog catalog, ModelAliases aliases)
    {
        var names = catalog.Models.SelectMany(m => new[]
            {
                aliases.Canonical(m.Key).ToString(), $"{m.Provider}/{m.DisplayName}", m.Id, aliases.Canonical(m.Key).Model,
            }.Distinct(StringComparer.OrdinalIgnoreCase).Select(name => (Name: name, Model: m)));
        return names.GroupBy(n => n.Name, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Select(n => n.Model.Key).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Model, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>What alerts see of the item: an asset's daily bars, or a model's input price path and its current prices.</summary>
    public ItemObservation? Observe(WatchItem item)
    {
        if (item.IsModel || ModelOf(item) is not null)
        {
            if (ModelOf(item) is not { } model) return null;
            var points = catalog.PricePath(model, PriceField.Input)
                .Select(s => new ObservedPoint(new DateTimeOffset(s.Day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), s.UsdPerMillion)).ToList();
            return new ItemObservation(item, points, Fingerprint(catalog.SheetOn(model, today)));
        }
        if (!_assets.TryGetValue(item.Key, out var asset) || asset.Daily is not { } daily) return null;
        return new ItemObservation(item, daily.Points.Select(p => new ObservedPoint(p.Time, p.Price, p.Volume)).ToList(), IsDemo: daily.IsDemo);
    }

    private WatchRow ModelRow(WatchItem item, CatalogModel model)
    {
        var sheet = catalog.SheetOn(model, today);
        var input = sheet[PriceField.Input]?.UsdPerMillion;
        var path = catalog.PricePath(model, PriceField.Input);
        var last = catalog.Changes(model).LastOrDefault(c => c.Day <= today);
        return new WatchRow(item, model.DisplayName, "catalog", input,
            ChangeSince(path, input, today.AddDays(-1)), ChangeSince(path, input, today.AddDays(-7)),
            input, sheet[PriceField.Output]?.UsdPerMillion,
            last is null ? null : $"{last.Day:yyyy-MM-dd} {last.Field.Key()} {Number(last.Old)} → {Number(last.New)}",
            last is null ? null : $"{last.Day:yyyy-MM-dd} {ShortField(last.Field)} {(last.ChangePercent is { } p ? PriceFormat.WholePercent(p) : "→ " + Number(last.New))}");
    }

    private static WatchRow AssetRow(WatchItem item, WatchAsset asset)
    {
        var stats = asset.Daily is { } daily ? MarketStats.From(daily) : MarketStats.Empty;
        return new WatchRow(item, asset.Asset.Name, MarketDataLabel.Of(asset.Daily?.Provider),
            stats.LastPrice, stats.Change24h, stats.Change7d, null, null, null);
    }

    private static string ShortField(PriceField field) => field switch
    {
        PriceField.Input => "in",
        PriceField.Output => "out",
        PriceField.CachedInput => "cache",
        PriceField.CacheWrite => "write",
        _ => field.Key(),
    };

    private static WatchRow UnknownRow(WatchItem item) => new(item, "", WatchRow.Unknown, null, null, null, null, null, null);

    /// <summary>Percent change of the input price from <paramref name="day"/> to now; null when it had no price then.</summary>
    private static decimal? ChangeSince(IReadOnlyList<PriceStep> path, decimal? now, DateOnly day)
    {
        var then = path.LastOrDefault(s => s.Day <= day)?.UsdPerMillion;
        return then is { } t and not 0 && now is { } n ? (n - t) / t * 100m : null;
    }

    /// <summary>The model's prices as one line ("input 5, output 25, cached_input 0.5"), compared whole by a catalog alert.</summary>
    public static string Fingerprint(PriceSheet sheet) => string.Join(", ",
        PriceFields.All.Where(f => sheet[f] is not null).Select(f => $"{f.Key()} {Number(sheet[f]!.UsdPerMillion)}"));

    private static string Number(decimal value) => DecimalText.Invariant(value).ToString(CultureInfo.InvariantCulture);
}
