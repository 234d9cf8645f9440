using System.Text.Encodings.Web;
using System.Text.Json;

namespace SignalDashboard.Core.Tokens;

/// <summary>
/// Pure request builders and response mappers of the vendors' count-tokens APIs (README: Tokenizers and costs), for the model families
/// whose tokenizer is not public. Shapes as documented (checked 2026-11):
/// <list type="bullet">
/// <item>Anthropic, <c>POST /v1/messages/count_tokens</c> (platform.claude.com/docs/api/messages/count_tokens): the body
/// of a Messages request without max_tokens, <c>{"model", "messages":[{"role":"user","content":"…"}]}</c>; answers
/// <c>{"input_tokens": N}</c>. Request size limit 32 MB, as for the Messages API (docs.claude.com/en/api/getting-started,
/// "Request size limits"; over it Cloudflare answers 413 request_too_large).</item>
/// <item>Google Gemini, <c>POST /v1beta/models/{model}:countTokens</c> (ai.google.dev/api/tokens):
/// <c>{"contents":[{"parts":[{"text":"…"}]}]}</c>; answers <c>{"totalTokens": N, …}</c> (totalTokens "always
/// non-negative"). Inline request data is limited to 20 MB (ai.google.dev, file prompting: larger goes through the Files API).</item>
/// </list>
/// Both count the text as one user message, so the count includes the few tokens that frame a message.
/// </summary>
public static class CountTokensApiMappers
{
    public const string Anthropic = "anthropic";
    public const string Gemini = "gemini";

    /// <summary>The vendors sigdash can ask, in the order they are documented.</summary>
    public static readonly IReadOnlyList<string> Vendors = [Anthropic, Gemini];

    /// <summary>The largest request body each vendor accepts, in bytes.</summary>
    public static long MaxRequestBytes(string vendor) => vendor switch
    {
        Anthropic => 32L * 1000 * 1000,
        Gemini => 20L * 1000 * 1000,
        _ => throw new ArgumentException($"unknown count-tokens vendor \"{vendor}\"", nameof(vendor)),
    };

    /// <summary>The vendor's name as a label says it ("Anthropic API").</summary>
    public static string DisplayName(string vendor) => vendor switch
    {
        Anthropic => "Anthropic",
        Gemini => "Gemini",
        _ => vendor,
    };

    // Relaxed escaping: the body is JSON over HTTP, never HTML; non-ASCII text stays 1-4 UTF-8 bytes, not \uXXXX.
    private static readonly JsonWriterOptions Writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The UTF-8 JSON body asking <paramref name="vendor"/> to count <paramref name="text"/> as one user message.</summary>
    public static byte[] Request(string vendor, string model, string text)
    {
        using var stream = new MemoryStream(text.Length + 128);
        using (var json = new Utf8JsonWriter(stream, Writer))
        {
            json.WriteStartObject();
            switch (vendor)
            {
                case Anthropic:
                    json.WriteString("model", model);
                    json.WriteStartArray("messages");
                    json.WriteStartObject();
                    json.WriteString("role", "user");
                    json.WriteString("content", text);
                    json.WriteEndObject();
                    json.WriteEndArray();
                    break;
                case Gemini:
                    // The model is in the path; contents carries the text only.
                    json.WriteStartArray("contents");
                    json.WriteStartObject();
                    json.WriteStartArray("parts");
                    json.WriteStartObject();
                    json.WriteString("text", text);
                    json.WriteEndObject();
                    json.WriteEndArray();
                    json.WriteEndObject();
                    json.WriteEndArray();
                    break;
                default:
                    throw new ArgumentException($"unknown count-tokens vendor \"{vendor}\"", nameof(vendor));
            }
            json.WriteEndObject();
        }
        return stream.ToArray();
    }

    /// <summary>The token count in a vendor's answer.</summary>
    /// <exception cref="FormatException">The body is not the documented shape (the message names the origin, never the body).</exception>
    public static long Count(string vendor, string json, string origin)
    {
        var field = vendor switch
        {
            Anthropic => "input_tokens",
            Gemini => "totalTokens",
            _ => throw new ArgumentException($"unknown count-tokens vendor \"{vendor}\"", nameof(vendor)),
        };
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            throw new FormatException($"{origin}: the answer is not JSON");
        }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty(field, out var value))
                throw new FormatException($"{origin}: the answer has no {field}");
            if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var count) || count < 0)
                throw new FormatException($"{origin}: {field} is not a whole number ≥ 0");
            return count;
        }
    }
}
