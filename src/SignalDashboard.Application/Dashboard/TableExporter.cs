using System.Globalization;
using System.Text;
using SignalDashboard.Presentation;
using SignalDashboard.Composition;

namespace SignalDashboard.Dashboard;

/// <summary>Writes a screen's table to <c>&lt;folder&gt;/&lt;screen&gt;-&lt;yyyyMMdd-HHmmss&gt;.csv|json</c> (UTF-8; CSV with a BOM for spreadsheets).</summary>
public sealed class TableExporter(string folder, TimeProvider time)
{
    public string Folder => folder;

    /// <summary>The path written.</summary>
    /// <exception cref="IOException">The folder or file cannot be written.</exception>
    public string Export(ScreenTable table, bool json)
    {
        Directory.CreateDirectory(folder);
        var stamp = time.GetUtcNow().UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var name = new string(table.Screen.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
        var path = Unique(Path.Combine(folder, $"{name}-{stamp}"), json ? ".json" : ".csv");
        var text = json ? table.ToJson() : table.ToCsv();
        var bytes = Encoding.UTF8.GetBytes(text);
        File.WriteAllBytes(path, json ? bytes : [.. Encoding.UTF8.Preamble, .. bytes]);
        return path;
    }

    /// <summary>Two exports in the same second get -2, -3 … rather than overwriting each other.</summary>
    private static string Unique(string stem, string extension)
    {
        var path = stem + extension;
        for (var n = 2; File.Exists(path); n++) path = $"{stem}-{n}{extension}";
        return path;
    }
}
