using System.Globalization;
using System.Text.Json;

namespace SignalDashboard.Core.Json;

/// <summary>
/// A value of a JSON file with where it is — the file (or URL) and its JSON path — so that every error a reader
/// throws names the origin, the place and the reason (as <typeparamref name="TError"/>, the reader's own exception).
/// Unknown properties are never looked at, so they are ignored. The path is built only when an error needs it.
/// </summary>
public readonly record struct JsonFileNode<TError>(string Origin, JsonPath Path, JsonElement Element)
    where TError : Exception, IJsonError<TError>
{
    public static JsonFileNode<TError> Root(string origin, JsonElement element) => new(origin, JsonPath.Root, element);

    public JsonValueKind Kind => Element.ValueKind;

    public bool IsNull => Kind == JsonValueKind.Null;

    public TError Error(string reason) => TError.At(Origin, Path.ToString(), reason);

    // ---- structure ----

    public JsonFileNode<TError> Object() => Kind == JsonValueKind.Object ? this : throw Error($"expected an object, found {Describe()}");

    /// <summary>The items of an array, each with its path (<c>$.models[7]</c>), read as they are enumerated.</summary>
    public IEnumerable<JsonFileNode<TError>> Items()
    {
        if (Kind != JsonValueKind.Array) throw Error($"expected an array, found {Describe()}");
        return ItemsOf(this);

        static IEnumerable<JsonFileNode<TError>> ItemsOf(JsonFileNode<TError> node)
        {
            var index = 0;
            foreach (var item in node.Element.EnumerateArray())
                yield return new JsonFileNode<TError>(node.Origin, node.Path.Item(index++), item);
        }
    }

    /// <summary>The items of an array as a list.</summary>
    public IReadOnlyList<JsonFileNode<TError>> Array() => Items().ToList();

    public JsonFileNode<TError> Item(int index) => new(Origin, Path.Item(index), Element[index]);

    /// <summary>The properties of an object, each with its path (<c>$["gpt-4o"]</c>).</summary>
    public IEnumerable<(string Name, JsonFileNode<TError> Value)> Properties()
    {
        if (Kind != JsonValueKind.Object) throw Error($"expected an object, found {Describe()}");
        return PropertiesOf(this);

        static IEnumerable<(string, JsonFileNode<TError>)> PropertiesOf(JsonFileNode<TError> node)
        {
            foreach (var property in node.Element.EnumerateObject())
                yield return (property.Name, new JsonFileNode<TError>(node.Origin, node.Path.Member(property.Name), property.Value));
        }
    }

    /// <summary>The property, or null when it is absent or JSON null.</summary>
    public JsonFileNode<TError>? Optional(string name)
    {
        if (Kind != JsonValueKind.Object) throw Error($"expected an object, found {Describe()}");
        return Element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? new JsonFileNode<TError>(Origin, Path.Member(name), value)
            : null;
    }

    public JsonFileNode<TError> Required(string name) => Optional(name) ?? throw Error($"missing \"{name}\"");

    public bool Has(string name) => Kind == JsonValueKind.Object && Element.TryGetProperty(name, out _);

    /// <summary>
    /// Checks a file of ours starts with <c>"format": <paramref name="name"/></c> and a <c>"version"</c> this sigdash
    /// reads (up to <paramref name="version"/>); returns the file's version.
    /// </summary>
    public int RequireFormat(string name, int version)
    {
        var format = Required("format");
        if (format.String() != name)
            throw format.Error($"expected \"{name}\", found {format.Describe()}");
        var versionNode = Required("version");
        var found = versionNode.Int();
        return found <= version ? found : throw versionNode.Error($"version {found} is newer than this sigdash reads ({version})");
    }

    // ---- values ----

    public string String() => Kind == JsonValueKind.String ? Element.GetString()! : throw Error($"expected a string, found {Describe()}");

    public string NonEmptyString()
    {
        var text = String();
        return string.IsNullOrWhiteSpace(text) ? throw Error($"expected a non-empty string, found \"{text}\"") : text;
    }

    public bool Bool() => Kind is JsonValueKind.True or JsonValueKind.False ? Element.GetBoolean() : throw Error($"expected true or false, found {Describe()}");

    public int Int() => Kind == JsonValueKind.Number && Element.TryGetInt32(out var n) ? n : throw Error($"expected a whole number, found {Describe()}");

    public int PositiveInt()
    {
        var n = Int();
        return n > 0 ? n : throw Error($"must be positive, found {n}");
    }

    public long Long() => Kind == JsonValueKind.Number && Element.TryGetInt64(out var n) ? n : throw Error($"expected a whole number, found {Describe()}");

    /// <summary>A JSON number read exactly as a decimal, never through double (exponent forms such as 1.5e8 included).</summary>
    public decimal Number()
    {
        if (Kind == JsonValueKind.Number)
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
            : throw Error($"expected a number in a string, found {Describe()}");
    }

    /// <summary>A number, written either as a JSON number or as a JSON string.</summary>
    public decimal AnyNumber() => Kind == JsonValueKind.String ? NumberString() : Number();

    /// <summary>A price: a non-negative JSON number.</summary>
    public decimal Price() => NonNegative(Number());

    public decimal NonNegative(decimal value) => value >= 0m ? value : throw Error($"a price cannot be negative ({value.ToString(CultureInfo.InvariantCulture)})");

    public decimal Fraction()
    {
        var d = Number();
        return d is >= 0m and <= 1m ? d : throw Error($"expected a fraction from 0 to 1, found {d.ToString(CultureInfo.InvariantCulture)}");
    }

    public DateOnly Date() =>
        DateOnly.TryParseExact(String(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw Error($"expected a date as YYYY-MM-DD, found {Describe()}");

    public string Describe() => Element.ValueKind switch
    {
        JsonValueKind.String => $"a string (\"{Shorten(Element.GetString()!)}\")",
        JsonValueKind.Number => $"the number {Element.GetRawText()}",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.True or JsonValueKind.False => Element.GetRawText(),
        _ => "null",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
