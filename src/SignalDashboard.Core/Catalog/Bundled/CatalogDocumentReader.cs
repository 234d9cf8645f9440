using System.Globalization;
using SignalDashboard.Core.Json;
using Node = SignalDashboard.Core.Json.JsonFileNode<SignalDashboard.Core.Catalog.Bundled.CatalogFormatException>;

namespace SignalDashboard.Core.Catalog.Bundled;

/// <summary>
/// Reads our catalog format. Every problem is reported with the file name, the JSON path of the offending
/// value and the reason; nothing is half-read.
/// </summary>
public static class CatalogDocumentReader
{
    public static CatalogDocument Read(string json, string file)
    {
        using var document = JsonFileText.Parse<CatalogFormatException>(json, file);
        var root = Node.Root(file, document.RootElement).Object();
        root.RequireFormat(CatalogDocument.FormatName, CatalogDocument.FormatVersion);

        var sources = root.Required("sources").Array().Select(ReadSource).ToList();
        var byKey = new Dictionary<string, PriceSource>(StringComparer.Ordinal);
        foreach (var (source, i) in sources.Select((s, i) => (s, i)))
        {
            if (!byKey.TryAdd(source.Key, source))
                throw root.Required("sources").Item(i).Error($"source key \"{source.Key}\" appears twice");
        }

        var policies = root.Optional("discountPolicies")?.Array().Select(n => ReadPolicy(n, byKey)).ToList() ?? [];
        var models = root.Required("models").Array().Select(n => ReadModel(n, byKey)).ToList();
        return new CatalogDocument(sources, policies, models);
    }

    private static PriceSource ReadSource(Node node)
    {
        node.Object();
        return new PriceSource(node.Required("key").NonEmptyString(), node.Required("name").NonEmptyString(), node.Optional("url")?.String());
    }

    private static DiscountPolicy ReadPolicy(Node node, IReadOnlyDictionary<string, PriceSource> sources)
    {
        node.Object();
        return new DiscountPolicy(
            node.Required("provider").NonEmptyString(),
            node.Optional("batchDiscount")?.Fraction(),
            node.Optional("cacheReadShareOfInput")?.Fraction(),
            SourceRef(node.Required("source"), sources));
    }

    private static CatalogModel ReadModel(Node node, IReadOnlyDictionary<string, PriceSource> sources)
    {
        node.Object();
        var key = new ModelKey(node.Required("provider").NonEmptyString(), node.Required("id").NonEmptyString());
        ModelKey? supersedes = null;
        if (node.Optional("supersedes") is { } previous)
        {
            if (!ModelKey.TryParse(previous.NonEmptyString(), out var parsed))
                throw previous.Error("expected \"provider/model\"");
            supersedes = parsed;
        }

        var quotes = new List<PriceQuote>();
        foreach (var entry in node.Required("prices").Array())
        {
            entry.Object();
            var from = entry.Required("from").Date();
            var certainty = Certainty(entry.Required("dateKnown"));
            var source = SourceRef(entry.Required("source"), sources);
            var before = quotes.Count;
            foreach (var field in PriceFields.All)
            {
                if (entry.Optional(JsonName(field)) is { } value)
                    quotes.Add(new PriceQuote(field, value.Price(), from, source, certainty));
            }
            if (quotes.Count == before)
                throw entry.Error("a price entry needs at least one of input, output, cachedInput, cacheWrite, batchInput, batchOutput");
        }

        var duplicate = quotes.GroupBy(q => (q.Field, q.EffectiveFrom)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw node.Required("prices").Error($"two {JsonName(duplicate.Key.Field)} prices from {duplicate.Key.EffectiveFrom:yyyy-MM-dd}");

        return new CatalogModel(
            key,
            node.Required("name").NonEmptyString(),
            node.Optional("openWeights")?.Bool() ?? false,
            node.Optional("contextWindow")?.PositiveInt(),
            node.Optional("tokenizer")?.NonEmptyString(),
            supersedes,
            quotes);
    }

    /// <summary>The camelCase property name of a field in our JSON format.</summary>
    public static string JsonName(PriceField field) => field switch
    {
        PriceField.Input => "input",
        PriceField.Output => "output",
        PriceField.CachedInput => "cachedInput",
        PriceField.CacheWrite => "cacheWrite",
        PriceField.BatchInput => "batchInput",
        PriceField.BatchOutput => "batchOutput",
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    private static DateCertainty Certainty(Node node)
    {
        // By name only: Enum.TryParse would also take "1" or "exact,observed".
        var text = node.String();
        foreach (var certainty in Enum.GetValues<DateCertainty>())
        {
            if (string.Equals(certainty.ToString(), text, StringComparison.OrdinalIgnoreCase))
                return certainty;
        }
        throw node.Error($"expected exact, announced or observed, found \"{text}\"");
    }

    private static PriceSource SourceRef(Node node, IReadOnlyDictionary<string, PriceSource> sources)
    {
        var key = node.NonEmptyString();
        return sources.TryGetValue(key, out var source) ? source : throw node.Error($"unknown source \"{key}\" (not in \"sources\")");
    }
}
