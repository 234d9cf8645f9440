using System.Text;
using System.Text.Json;
using SignalDashboard.Core.Json;

namespace SignalDashboard.Core.Catalog.Import;

/// <summary>
/// Parses the text of a catalog file or download. Every failure is a <see cref="CatalogImportException"/> naming
/// the origin and the place: empty text, an HTML (or XML) page instead of JSON, malformed JSON ("line 12, position 5",
/// both counted from 1, the position in bytes of UTF-8 as <see cref="JsonException"/> reports it) and a truncated
/// download (the JSON ends early).
/// </summary>
internal static class CatalogJson
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 256 };

    public static JsonDocument Parse(string text, string origin)
    {
        ArgumentNullException.ThrowIfNull(text);
        var content = text.TrimStart('\uFEFF');
        var start = content.AsSpan().TrimStart();
        if (start.IsEmpty)
            throw new CatalogImportException(origin, "line 1", "empty file, not a catalog");
        if (start[0] == '<')
            throw new CatalogImportException(origin, "line 1", "an HTML page, not JSON (an error page or a login page instead of the catalog?)");

        try
        {
            return JsonDocument.Parse(content, Options);
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0);
            var position = (int)(e.BytePositionInLine ?? 0);
            var where = $"line {line + 1}, position {position + 1}";
            if (IsAtEnd(content, line, position))
                throw new CatalogImportException(origin, where, "the JSON ends early: the file or download is truncated");
            throw new CatalogImportException(origin, where, $"not valid JSON ({JsonFileText.FirstSentence(e.Message)})");
        }
    }

    /// <summary>Whether the reader failed at (or past) the last meaningful byte: the text stops mid-value.</summary>
    private static bool IsAtEnd(string text, int line, int bytePosition)
    {
        var lineStart = 0;
        for (var i = 0; i < line; i++)
        {
            var newline = text.IndexOf('\n', lineStart);
            if (newline < 0) return true;
            lineStart = newline + 1;
        }
        var offset = Encoding.UTF8.GetByteCount(text.AsSpan(0, lineStart)) + bytePosition;
        return offset >= Encoding.UTF8.GetByteCount(text.AsSpan().TrimEnd());
    }
}
