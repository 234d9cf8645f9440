using System.Globalization;
using System.Text.Json;

namespace SignalDashboard.Core.Catalog.Import;

/// <summary>
/// A JSON value of a catalog with its JSON path (<see cref="CatalogPath"/>), so that every error names the origin,
/// the place and the reason. Unknown properties are never looked at, so they are ignored.
/// </summary>
internal readonly record struct CatalogNode(string Origin, CatalogPath Path, JsonElement Element)
{
    public static CatalogNode Root(string origin, JsonElement element) => new(origin, CatalogPath.Root, element);

    public JsonValueKind Kind => Element.ValueKind;

    public CatalogImportException Error(string reason) => new(Origin, Path.ToString(), reason);

    public CatalogNode Object() => Kind == JsonValueKind.Object ? this : throw Error($"expected an object, found {Describe()}");

    public IEnumerable<CatalogNode> Items()
    {
        if (Kind != JsonValueKind.Array) throw Error($"expected an array, found {Describe()}");
        return ItemsOf(this);

        static IEnumerable<CatalogNode> ItemsOf(CatalogNode node)
        {
            var index = 0;
            foreach (var item in node.Element.EnumerateArray())
                yield return new CatalogNode(node.Origin, node.Path.Item(index++), item);
        }
    }

    /// <summary>The properties of an object, each with its path (<c>$["gpt-4o"]</c>).</summary>
    public IEnumerable<(string Name, CatalogNode Value)> Properties()
    {
        if (Kind != JsonValueKind.Object) throw Error($"expected an object, found {Describe()}");
        return PropertiesOf(this);

        static IEnumerable<(string, CatalogNode)> PropertiesOf(CatalogNode node)
        {
            foreach (var property in node.Element.EnumerateObject())
                yield return (property.Name, new CatalogNode(node.Origin, node.Path.Member(property.Name), property.Value));
        }
    }

    /// <summary>The property, or null when it is absent or JSON null.</summary>
    public CatalogNode? Optional(string name)
    {
        if (Kind != JsonValueKind.Object) throw Error($"expected an object, found {Describe()}");
        return Element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? new CatalogNode(Origin, Path.Member(name), value)
            : null;
    }

    public CatalogNode Required(string name) => Optional(name) ?? throw Error($"missing \"{name}\"");

    public bool Has(string name) => Kind == JsonValueKind.Object && Element.TryGetProperty(name, out _);

    public string String() => Kind == JsonValueKind.String ? Element.GetString()! : throw Error($"expected a string, found {Describe()}");

    public string NonEmptyString()
    {
        var text = String();
        return string.IsNullOrWhiteSpace(text) ? throw Error("expected a non-empty string, found \"\"") : text;
    }

    /// <summary>A JSON number read exactly as a decimal (never through double).</summary>
    public decimal Number() =>
        Kind == JsonValueKind.Number && Element.TryGetDecimal(out var value) ? value : throw Error($"expected a number, found {Describe()}");

    /// <summary>A price: a non-negative JSON number.</summary>
    public decimal Price() => NonNegative(Number());

    public decimal NonNegative(decimal value) => value >= 0m ? value : throw Error($"a price cannot be negative ({value.ToString(CultureInfo.InvariantCulture)})");

    /// <summary>
    /// A context window in tokens: a whole, non-negative JSON number (<c>2000000.0</c> is 2000000); 0 means not
    /// known and gives null.
    /// </summary>
    public int? ContextWindow()
    {
        var value = Number();
        if (value < 0m || value != decimal.Truncate(value) || value > int.MaxValue)
            throw Error($"expected a whole number of tokens, found {Describe()}");
        return value == 0m ? null : (int)value;
    }

    /// <summary>A number of tokens: a whole, non-negative JSON number (<c>200000</c>, <c>200000.0</c>).</summary>
    public long TokenCount()
    {
        var value = Number();
        return value >= 0m && value == decimal.Truncate(value) && value <= long.MaxValue
            ? (long)value
            : throw Error($"expected a whole number of tokens, found {Describe()}");
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
