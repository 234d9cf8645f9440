using System.Text;
using System.Text.Json;
using SignalDashboard.Composition;

namespace SignalDashboard.Cli;

/// <summary>
/// Indented JSON written by a callback, ending in a newline; doubles rounded for reading, never NaN. Relaxed escaping:
/// the output is for files and pipes, not for embedding in HTML.
/// </summary>
public static class JsonText
{
    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            write(json);
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>A number rounded to <paramref name="digits"/> significant digits, or null (also for NaN / infinity).</summary>
    public static void Number(Utf8JsonWriter json, string name, double? value, int digits = 10)
    {
        if (value is { } v && double.IsFinite(v)) json.WriteNumber(name, v == 0 ? 0 : Math.Round(v, Math.Max(0, digits - 1 - (int)Math.Floor(Math.Log10(Math.Abs(v))))));
        else json.WriteNull(name);
    }

    public static void Day(Utf8JsonWriter json, string name, DateOnly? day)
    {
        if (day is { } d) json.WriteString(name, d.ToString("yyyy-MM-dd"));
        else json.WriteNull(name);
    }
}
