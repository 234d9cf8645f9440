using System.Text.Json;
using CatalogNode = SignalDashboard.Core.Json.JsonFileNode<SignalDashboard.Core.Catalog.Import.CatalogImportException>;

namespace SignalDashboard.Core.Catalog.Import;

/// <summary>
/// Reads simonw llm-prices: a vendor file <c>data/&lt;vendor&gt;.json</c> (<c>{vendor, models:[{id, name,
/// price_history:[{input, output, input_cached, from_date, to_date}]}]}</c>), <c>current-v1.json</c>
/// (<c>{updated_at, prices:[{id, vendor, name, input, output, input_cached}]}</c>) or <c>historical-v1.json</c>
/// (<c>{prices:[…the same plus from_date, to_date]}</c>). Prices are USD per 1M tokens: input → Input, output →
/// Output, input_cached → CachedInput. Provider = the vendor, Model = the model id.
/// </summary>
/// <remarks>
/// A price history becomes one snapshot per day on which a price starts or ends, plus the state before the first
/// change; a file without dates (every vendor file without history, and <c>current-v1.json</c>) becomes one snapshot
/// as of <c>asOf</c>. See <see cref="LlmPriceHistory"/> for the rules. <c>updated_at</c> of <c>current-v1.json</c> is
/// not used: it is the day the data was last edited, not the day its prices are for. A model (vendor file) or a price
/// record (price list) that cannot be read is skipped and reported (<see cref="CatalogImporter.Import"/>).
/// </remarks>
public static class LlmPricesReader
{
    public const string SourceName = "llm-prices";

    public static IReadOnlyList<SourceSnapshot> Read(string json, DateOnly asOf, string origin)
    {
        using var document = CatalogJson.Parse(json, origin);
        return Import(CatalogNode.Root(origin, document.RootElement), asOf).Snapshots;
    }

    internal static CatalogReadResult Import(CatalogNode root, DateOnly asOf)
    {
        if (root.Kind != JsonValueKind.Object)
            throw root.Error($"expected an object (an llm-prices vendor file, current-v1.json or historical-v1.json), found {root.Describe()}");
        var skipper = new EntrySkipper();
        // A vendor file is that vendor's history only: it is its own source ("llm-prices/anthropic"), or importing
        // a second vendor's file would read as every model of the first one removed.
        var (records, source) = root.Has("vendor")
            ? (ReadVendorFile(root, skipper), $"{SourceName}/{root.Required("vendor").NonEmptyString()}")
            : (ReadPriceList(root, skipper), SourceName);
        var skipped = skipper.Finish();
        return new CatalogReadResult(LlmPriceHistory.Snapshots(records, asOf, source), skipped);
    }

    /// <summary>Whether the object looks like one of the llm-prices files.</summary>
    internal static bool LooksLike(CatalogNode root) =>
        root.Kind == JsonValueKind.Object
        && ((root.Has("vendor") && root.Has("models"))
            || (root.Optional("prices") is { Kind: JsonValueKind.Array } prices
                && prices.Element.EnumerateArray().All(p => p.ValueKind == JsonValueKind.Object && p.TryGetProperty("vendor", out _))));

    /// <summary>Every period of every model; a model with a period that cannot be read is skipped whole (a hole in its history would read as price changes).</summary>
    private static List<LlmPriceRecord> ReadVendorFile(CatalogNode root, EntrySkipper skipper)
    {
        var vendor = root.Required("vendor").NonEmptyString();
        var records = new List<LlmPriceRecord>();
        foreach (var model in root.Required("models").Items())
        {
            if (skipper.TryRead(model, m => ReadVendorModel(m, vendor), _ => vendor, m => EntrySkipper.Text(m, "id"), out var periods))
                records.AddRange(periods);
        }
        return records;
    }

    private static List<LlmPriceRecord> ReadVendorModel(CatalogNode model, string vendor)
    {
        model.Object();
        var id = model.Required("id").NonEmptyString();
        var name = model.Optional("name")?.String();
        return model.Required("price_history").Items().Select(period => ReadRecord(period.Object(), vendor, id, name)).ToList();
    }

    /// <summary>
    /// Every price record; one that cannot be read is skipped, and with it every other record of the same model
    /// when its vendor and id can be read (historical-v1.json spreads a model's periods over the list).
    /// </summary>
    private static List<LlmPriceRecord> ReadPriceList(CatalogNode root, EntrySkipper skipper)
    {
        var records = new List<LlmPriceRecord>();
        foreach (var price in root.Required("prices").Items())
        {
            if (skipper.TryRead(price, ReadListedRecord, p => EntrySkipper.Text(p, "vendor"), p => EntrySkipper.Text(p, "id"), out var record))
                records.Add(record);
        }
        var broken = skipper.Skipped.Where(s => s.Provider is not null && s.Model is not null).Select(s => (s.Provider!, s.Model!)).ToHashSet();
        return broken.Count == 0 ? records : records.Where(r => !broken.Contains((r.Vendor, r.Id))).ToList();
    }

    private static LlmPriceRecord ReadListedRecord(CatalogNode price)
    {
        price.Object();
        return ReadRecord(
            price,
            price.Required("vendor").NonEmptyString(),
            price.Required("id").NonEmptyString(),
            price.Optional("name")?.String());
    }

    private static LlmPriceRecord ReadRecord(CatalogNode period, string vendor, string id, string? name)
    {
        var prices = new Dictionary<PriceField, decimal>();
        Add(prices, PriceField.Input, period.Optional("input"));
        Add(prices, PriceField.Output, period.Optional("output"));
        Add(prices, PriceField.CachedInput, period.Optional("input_cached"));
        var from = period.Optional("from_date")?.Date();
        var to = period.Optional("to_date")?.Date();
        if (from is { } start && to is { } end && end <= start)
            throw period.Error($"to_date {end:yyyy-MM-dd} is not after from_date {start:yyyy-MM-dd}");
        return new LlmPriceRecord(vendor, id, name, prices, from, to);
    }

    private static void Add(Dictionary<PriceField, decimal> prices, PriceField field, CatalogNode? value)
    {
        if (value is { } price)
            prices[field] = price.Price();
    }
}
