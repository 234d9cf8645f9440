using System.Text.Json;

namespace SignalDashboard.Core.Json;

/// <summary>
/// Parses a JSON file of ours (feeds/: the catalog, assets, demo settings, sources) or a provider's answer: comments and
/// trailing commas are accepted; truncated or invalid JSON fails as <typeparamref name="TError"/> naming the line.
/// </summary>
public static class JsonFileText
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static JsonDocument Parse<TError>(string text, string origin) where TError : Exception, IJsonError<TError>
    {
        try
        {
            return JsonDocument.Parse(text, Options);
        }
        catch (JsonException e)
        {
            throw TError.At(origin, $"line {e.LineNumber + 1}", $"not valid JSON ({FirstSentence(e.Message)})");
        }
    }

    /// <summary>The reader's message up to its first sentence (without its own "LineNumber: … | BytePositionInLine: …" tail).</summary>
    public static string FirstSentence(string message)
    {
        var tail = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = tail < 0 ? message : message[..tail];
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return (end < 0 ? text : text[..end]).TrimEnd('.', ' ');
    }
}
