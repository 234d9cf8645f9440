using System.Globalization;
using System.Text.Json;

namespace SignalDashboard.Feeds.Catalogs;

/// <summary>A JSON value with its path, so that every error can say where it is.</summary>
internal readonly record struct SourceNode(string File, string Path, JsonElement Element)
{
    public CatalogSourceException Error(string reason) => new(File, Path, reason);

    public SourceNode Object() => Element.ValueKind == JsonValueKind.Object ? this : throw Error($"expected an object, found {Describe()}");

    public IReadOnlyList<SourceNode> Array()
    {
        if (Element.ValueKind != JsonValueKind.Array) throw Error($"expected an array, found {Describe()}");
        var (file, path) = (File, Path);
        return Element.EnumerateArray().Select((e, i) => new SourceNode(file, $"{path}[{i}]", e)).ToList();
    }

    public SourceNode? Optional(string name) =>
        Element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? new SourceNode(File, $"{Path}.{name}", value) : null;

    public SourceNode Required(string name) => Optional(name) ?? throw Error($"missing \"{name}\"");

    public string String() => Element.ValueKind == JsonValueKind.String ? Element.GetString()! : throw Error($"expected a string, found {Describe()}");

    public string NonEmptyString()
    {
        var text = String();
        return string.IsNullOrWhiteSpace(text) ? throw Error("must not be empty") : text;
    }

    public int Int() => Element.ValueKind == JsonValueKind.Number && Element.TryGetInt32(out var n) ? n : throw Error($"expected a whole number, found {Describe()}");

    public decimal Number() =>
        Element.ValueKind == JsonValueKind.Number && Element.TryGetDecimal(out var d) ? d : throw Error($"expected a number, found {Describe()}");

    /// <summary>A positive duration: a number of seconds, or a string as <c>hh:mm:ss</c> / <c>d.hh:mm:ss</c> (the config file's convention).</summary>
    public TimeSpan Duration()
    {
        TimeSpan value;
        if (Element.ValueKind == JsonValueKind.Number)
        {
            var seconds = Number();
            if (seconds > (decimal)TimeSpan.MaxValue.TotalSeconds)
                throw Error($"{seconds} seconds is too long");
            value = TimeSpan.FromSeconds((double)seconds);
        }
        else if (Element.ValueKind == JsonValueKind.String)
        {
            var text = Element.GetString()!;
            if (!TimeSpan.TryParseExact(text, "c", CultureInfo.InvariantCulture, out value))
                throw Error($"expected seconds or \"hh:mm:ss\" (\"d.hh:mm:ss\" for days), found \"{text}\"");
        }
        else
        {
            throw Error($"expected seconds or \"hh:mm:ss\", found {Describe()}");
        }
        return value > TimeSpan.Zero ? value : throw Error($"must be positive, found {value}");
    }

    private string Describe() => Element.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{Element.GetString()}\"",
        JsonValueKind.Number => $"the number {Element.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => Element.GetRawText(),
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => Element.ValueKind.ToString(),
    };
}
