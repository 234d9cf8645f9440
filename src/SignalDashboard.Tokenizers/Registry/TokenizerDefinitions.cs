using System.Text.Json;

namespace SignalDashboard.Tokenizers.Registry;

/// <summary>A tokenizer sigdash can load: tiktoken (offline) or a Hugging Face tokenizer.json (file, cache or URL).</summary>
public sealed record TokenizerFamily(string Name, TokenizerKind Kind, string Description, Uri? Url, string? Sha256, long MaxBytes);

public enum TokenizerKind { Tiktoken, TokenizerJson }

/// <summary>
/// A model family without a public tokenizer, counted with another one; every count made this way is labelled
/// "approx." with <see cref="Name"/>.
/// </summary>
public sealed record TokenizerApproximation(string Family, string CountWith, string Name, string Note)
{
    /// <summary>The vendor's count-tokens API that counts this family exactly when a key is configured (none: approximation only).</summary>
    public CountTokensApi? Api { get; init; }
}

/// <summary>A vendor count-tokens API (<c>anthropic</c>, <c>gemini</c>) and the model id asked by default.</summary>
public sealed record CountTokensApi(string Vendor, string Model);

/// <summary>The contents of <c>feeds/tokenizers/tokenizers.json</c>.</summary>
public sealed record TokenizerDefinitions(IReadOnlyList<TokenizerFamily> Families, IReadOnlyList<TokenizerApproximation> Approximations)
{
    public const string RelativePath = "tokenizers/tokenizers.json";

    public TokenizerFamily? Family(string name) =>
        Families.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads the definitions; errors name the file and the entry.</summary>
    public static TokenizerDefinitions Read(string json, string path)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            var families = new List<TokenizerFamily>();
            foreach (var item in root.GetProperty("tokenizers").EnumerateArray())
            {
                var name = item.GetProperty("name").GetString() ?? throw new FormatException("a tokenizer has no name");
                var kind = item.GetProperty("kind").GetString() switch
                {
                    "tiktoken" => TokenizerKind.Tiktoken,
                    "tokenizer.json" => TokenizerKind.TokenizerJson,
                    var other => throw new FormatException($"tokenizer {name}: unknown kind \"{other}\""),
                };
                var url = item.TryGetProperty("url", out var u) && u.GetString() is { } s ? new Uri(s) : null;
                var sha = item.TryGetProperty("sha256", out var h) ? h.GetString() : null;
                var max = item.TryGetProperty("maxBytes", out var m) ? m.GetInt64() : 64L * 1024 * 1024;
                var description = item.TryGetProperty("description", out var d) ? d.GetString() ?? "" : "";
                families.Add(new TokenizerFamily(name, kind, description, url, sha, max));
            }
            var approximations = new List<TokenizerApproximation>();
            if (root.TryGetProperty("approximations", out var approx))
            {
                foreach (var item in approx.EnumerateArray())
                {
                    var a = new TokenizerApproximation(
                        item.GetProperty("family").GetString()!, item.GetProperty("countWith").GetString()!,
                        item.GetProperty("name").GetString()!, item.TryGetProperty("note", out var n) ? n.GetString() ?? "" : "")
                    {
                        Api = item.TryGetProperty("api", out var api)
                            ? new CountTokensApi(api.GetProperty("vendor").GetString()!, api.GetProperty("model").GetString()!)
                            : null,
                    };
                    if (!families.Any(f => f.Name == a.CountWith))
                        throw new FormatException($"approximation {a.Name} counts with unknown tokenizer \"{a.CountWith}\"");
                    approximations.Add(a);
                }
            }
            return new TokenizerDefinitions(families, approximations);
        }
        catch (Exception e) when (e is JsonException or FormatException or KeyNotFoundException or InvalidOperationException or UriFormatException)
        {
            throw new TokenizerLoadException($"{path}: {e.Message.Split('\n')[0]}", e);
        }
    }
}
