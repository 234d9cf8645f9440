using Refit;

namespace SignalDashboard.Feeds.CountTokens;

/// <summary>Anthropic's token counting: the tokens a Messages request would use (shapes in <c>CountTokensApiMappers</c>).</summary>
public interface IAnthropicCountTokensApi
{
    [Post("/v1/messages/count_tokens")]
    Task<HttpResponseMessage> CountAsync(
        [Body] HttpContent body,
        [Header("x-api-key")] string apiKey,
        [Header("anthropic-version")] string version,
        CancellationToken cancellationToken);
}

/// <summary>Gemini's models.countTokens: the model's tokenizer run over the given contents.</summary>
public interface IGeminiCountTokensApi
{
    [Post("/v1beta/models/{model}:countTokens")]
    Task<HttpResponseMessage> CountAsync(
        string model,
        [Body] HttpContent body,
        [Header("x-goog-api-key")] string apiKey,
        CancellationToken cancellationToken);
}
