using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SignalDashboard.Core.Catalog.Events;

namespace SignalDashboard.Core.Json;

/// <summary>
/// How sigdash writes JSON for people and scripts — every command's <c>--format json</c>, exports, watchlist files:
/// indented, ending in a newline, with one escaping for all of them, so the same string comes out the same from every
/// command. Relaxed escaping: non-ASCII text is written as itself (a model's name, "—"), not as \u escapes; the
/// output is for files and pipes, never embedded in HTML. Quotes, backslashes and control characters are escaped.
/// </summary>
public static class JsonOutput
{
    public static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
            write(json);
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>A decimal without trailing zeros of its scale (5, not 5.00), or null.</summary>
    public static void Number(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v) json.WriteNumber(name, DiffKeys.Normalize(v));
        else json.WriteNull(name);
    }

    /// <summary>A number rounded to <paramref name="digits"/> significant digits, or null (also for NaN / infinity).</summary>
    public static void Number(Utf8JsonWriter json, string name, double? value, int digits = 10)
    {
        if (value is { } v && double.IsFinite(v)) json.WriteNumber(name, v == 0 ? 0 : Math.Round(v, Math.Max(0, digits - 1 - (int)Math.Floor(Math.Log10(Math.Abs(v))))));
        else json.WriteNull(name);
    }

    /// <summary>A day as <c>yyyy-MM-dd</c>, or null.</summary>
    public static void Day(Utf8JsonWriter json, string name, DateOnly? day)
    {
        if (day is { } d) json.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else json.WriteNull(name);
    }
}
