using System.Globalization;
using System.Text.Json;

namespace SignalDashboard.Core.Markets;

/// <summary>A JSON value with its origin and path, so that every error can say where it is.</summary>
internal readonly record struct MarketJsonNode(string Origin, string Path, JsonElement Element)
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Parses <paramref name="text"/>; truncated or invalid JSON fails with the line.</summary>
    public static JsonDocument Parse(string text, string origin)
    {
        try
        {
            return JsonDocument.Parse(text, Options);
        }
        catch (JsonException e)
        {
            throw new MarketDataException(origin, $"line {e.LineNumber + 1}", $"not valid JSON ({FirstSentence(e.Message)})");
        }
    }

    public MarketDataException Error(string reason) => new(Origin, Path, reason);

    public JsonValueKind Kind => Element.ValueKind;

    public bool IsNull => Element.ValueKind == JsonValueKind.Null;

    public MarketJsonNode Object() => Element.ValueKind == JsonValueKind.Object ? this : throw Error($"expected an object, found {Describe()}");

    public IReadOnlyList<MarketJsonNode> Array()
    {
        if (Element.ValueKind != JsonValueKind.Array) throw Error($"expected an array, found {Describe()}");
        var (origin, path) = (Origin, Path);
        return Element.EnumerateArray().Select((e, i) => new MarketJsonNode(origin, $"{path}[{i}]", e)).ToList();
    }

    public IEnumerable<(string Name, MarketJsonNode Value)> Properties()
    {
        Object();
        var (origin, path) = (Origin, Path);
        return Element.EnumerateObject().Select(p => (p.Name, new MarketJsonNode(origin, $"{path}.{p.Name}", p.Value))).ToList();
    }

    /// <summary>The property, or null when it is absent or JSON null.</summary>
    public MarketJsonNode? Optional(string name) =>
        Element.ValueKind == JsonValueKind.Object && Element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? new MarketJsonNode(Origin, $"{Path}.{name}", value)
            : null;

    public MarketJsonNode Required(string name) => Optional(name) ?? throw Error($"missing \"{name}\"");

    public string String() => Element.ValueKind == JsonValueKind.String ? Element.GetString()! : throw Error($"expected a string, found {Describe()}");

    public string NonEmptyString()
    {
        var text = String();
        return string.IsNullOrWhiteSpace(text) ? throw Error("must not be empty") : text;
    }

    public int Int() => Element.ValueKind == JsonValueKind.Number && Element.TryGetInt32(out var n) ? n : throw Error($"expected a whole number, found {Describe()}");

    public long Long() => Element.ValueKind == JsonValueKind.Number && Element.TryGetInt64(out var n) ? n : throw Error($"expected a whole number, found {Describe()}");

    /// <summary>A JSON number (exponent forms such as 1.5e8 included).</summary>
    public decimal Number()
    {
        if (Element.ValueKind == JsonValueKind.Number)
        {
            if (Element.TryGetDecimal(out var d)) return d;
            if (decimal.TryParse(Element.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture, out d)) return d;
        }
        throw Error($"expected a number, found {Describe()}");
    }

    /// <summary>A number written as a JSON string, as Binance and Kraken send prices.</summary>
    public decimal NumberString()
    {
        var text = String();
        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? d
            : throw Error($"expected a number in a string, found \"{text}\"");
    }

    /// <summary>A number, written either as a JSON number or as a JSON string.</summary>
    public decimal AnyNumber() => Element.ValueKind == JsonValueKind.String ? NumberString() : Number();

    public string Describe() => Element.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{Element.GetString()}\"",
        JsonValueKind.Number => $"the number {Element.GetRawText()}",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.True or JsonValueKind.False => Element.GetRawText(),
        _ => "null",
    };

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }
}
