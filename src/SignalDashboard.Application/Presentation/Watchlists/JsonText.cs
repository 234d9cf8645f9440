using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SignalDashboard.Presentation.Watchlists;

/// <summary>Indented UTF-8 JSON for files: non-ASCII text written as itself (not \u escapes), numbers without trailing zeros.</summary>
public static class JsonText
{
    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            write(json);
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    public static void Number(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v) json.WriteNumber(name, DecimalText.Normalize(v));
        else json.WriteNull(name);
    }
}
