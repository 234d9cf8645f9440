using System.Globalization;
using System.Text.Json;

namespace SignalDashboard.Core.Catalog.Bundled;

/// <summary>
/// Reads our catalog format. Every problem is reported with the file name, the JSON path of the offending
/// value and the reason; nothing is half-read.
/// </summary>
public static class CatalogDocumentReader
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static CatalogDocument Read(string json, string file)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            throw new CatalogFormatException(file, $"line {e.LineNumber + 1}", $"not valid JSON ({FirstSentence(e.Message)})");
        }

        using (document)
        {
            var root = new Node(file, "$", document.RootElement).Object();
            var format = root.Required("format").String();
            if (format != CatalogDocument.FormatName)
                throw root.Required("format").Error($"expected \"{CatalogDocument.FormatName}\", found \"{format}\"");
            var version = root.Required("version").Int();
            if (version > CatalogDocument.FormatVersion)
                throw root.Required("version").Error($"version {version} is newer than this sigdash reads ({CatalogDocument.FormatVersion})");

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
            node.Required("source").SourceRef(sources));
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
            var certainty = entry.Required("dateKnown").Certainty();
            var source = entry.Required("source").SourceRef(sources);
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

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }

    /// <summary>A JSON value with its path, so that every error can say where it is.</summary>
    private readonly record struct Node(string File, string Path, JsonElement Element)
    {
        public CatalogFormatException Error(string reason) => new(File, Path, reason);

        public Node Object() => Element.ValueKind == JsonValueKind.Object ? this : throw Error($"expected an object, found {Describe()}");

        public IEnumerable<Node> Array()
        {
            if (Element.ValueKind != JsonValueKind.Array) throw Error($"expected an array, found {Describe()}");
            var (file, path) = (File, Path);
            return Element.EnumerateArray().Select((e, i) => new Node(file, $"{path}[{i}]", e)).ToList();
        }

        public Node Item(int index) => new(File, $"{Path}[{index}]", Element[index]);

        public Node? Optional(string name) =>
            Element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? new Node(File, $"{Path}.{name}", value) : null;

        public Node Required(string name) => Optional(name) ?? throw Error($"missing \"{name}\"");

        public string String() => Element.ValueKind == JsonValueKind.String ? Element.GetString()! : throw Error($"expected a string, found {Describe()}");

        public string NonEmptyString()
        {
            var text = String();
            return string.IsNullOrWhiteSpace(text) ? throw Error("must not be empty") : text;
        }

        public bool Bool() => Element.ValueKind is JsonValueKind.True or JsonValueKind.False ? Element.GetBoolean() : throw Error($"expected true or false, found {Describe()}");

        public int Int() => Element.ValueKind == JsonValueKind.Number && Element.TryGetInt32(out var n) ? n : throw Error($"expected a whole number, found {Describe()}");

        public int PositiveInt()
        {
            var n = Int();
            return n > 0 ? n : throw Error($"must be positive, found {n}");
        }

        public decimal Number() =>
            Element.ValueKind == JsonValueKind.Number && Element.TryGetDecimal(out var d) ? d : throw Error($"expected a number, found {Describe()}");

        public decimal Price()
        {
            var d = Number();
            return d >= 0m ? d : throw Error($"a price cannot be negative ({d})");
        }

        public decimal Fraction()
        {
            var d = Number();
            return d is >= 0m and <= 1m ? d : throw Error($"expected a fraction from 0 to 1, found {d}");
        }

        public DateOnly Date() =>
            DateOnly.TryParseExact(String(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? day
                : throw Error($"expected a date as YYYY-MM-DD, found \"{Element.GetString()}\"");

        public DateCertainty Certainty()
        {
            // By name only: Enum.TryParse would also take "1" or "exact,observed".
            var text = String();
            foreach (var certainty in Enum.GetValues<DateCertainty>())
            {
                if (string.Equals(certainty.ToString(), text, StringComparison.OrdinalIgnoreCase))
                    return certainty;
            }
            throw Error($"expected exact, announced or observed, found \"{text}\"");
        }

        public PriceSource SourceRef(IReadOnlyDictionary<string, PriceSource> sources)
        {
            var key = NonEmptyString();
            return sources.TryGetValue(key, out var source) ? source : throw Error($"unknown source \"{key}\" (not in \"sources\")");
        }

        private string Describe() => Element.ValueKind switch
        {
            JsonValueKind.String => $"the string \"{Element.GetString()}\"",
            JsonValueKind.Number => $"the number {Element.GetRawText()}",
            JsonValueKind.Array => "an array",
            JsonValueKind.Object => "an object",
            JsonValueKind.True or JsonValueKind.False => Element.GetRawText(),
            _ => "null",
        };
    }
}
