using System.Globalization;
using SignalDashboard.Core.Alerts;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Markets;
using SignalDashboard.Core.Watchlists;

namespace SignalDashboard.Presentation.Watchlists;

/// <summary>
/// Everything a watch item can be: the catalog's models and the defined market assets, with their values on
/// <paramref name="today"/>. Resolves what a user typed to the item's own spelling, builds rows for the Watchlists
/// screen and the exports, and the observations alerts are evaluated on. Pure: the caller reads the store.
/// </summary>
public sealed class WatchUniverse(ModelCatalog catalog, DateOnly today, IReadOnlyList<WatchAsset> assets)
{
    private readonly Dictionary<string, WatchAsset> _assets = assets.ToDictionary(a => a.Asset.Symbol, StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, CatalogModel> _models =
        catalog.Models.GroupBy(m => m.Key.ToString(), StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

    public static WatchUniverse Empty { get; } = new(ModelCatalog.Empty, DateOnly.MinValue, []);

    /// <summary>The item as the catalog or the asset list spells it (case is forgiven); null when neither knows it.</summary>
    public WatchItem? Resolve(WatchItem item) => item.IsModel
        ? _models.TryGetValue(item.Key, out var model) ? WatchItem.ForModel(model.Key) : null
        : _assets.TryGetValue(item.Key, out var asset) ? WatchItem.ForAsset(asset.Asset.Symbol) : null;

    public WatchRow Row(WatchItem item)
    {
        if (item.IsModel)
            return _models.TryGetValue(item.Key, out var model) ? ModelRow(item, model) : UnknownRow(item);
        return _assets.TryGetValue(item.Key, out var asset) ? AssetRow(item, asset) : UnknownRow(item);
    }

    /// <summary>What alerts see of the item: an asset's daily bars, or a model's input price path and its current prices.</summary>
    public ItemObservation? Observe(WatchItem item)
    {
        if (item.IsModel)
        {
            if (!_models.TryGetValue(item.Key, out var model)) return null;
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
            last is null ? null : $"{last.Day:yyyy-MM-dd} {last.Field.Key()} {Number(last.Old)} → {Number(last.New)}");
    }

    private static WatchRow AssetRow(WatchItem item, WatchAsset asset)
    {
        var stats = asset.Daily is { } daily ? MarketStats.From(daily) : MarketStats.Empty;
        return new WatchRow(item, asset.Asset.Name, Cli.MarketsOutput.Label(asset.Daily?.Provider),
            stats.LastPrice, stats.Change24h, stats.Change7d, null, null, null);
    }

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
