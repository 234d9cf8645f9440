namespace SignalDashboard.Tests.Sync;

/// <summary>
/// Small catalogs in the shapes the live sources publish (LiteLLM's cost map, OpenRouter's model list, llm-prices
/// current-v1.json, genai-prices data.json), for the sync tests. The real genai-prices text comes from ../shared.
/// </summary>
internal static class SyncFixtures
{
    /// <summary>LiteLLM model_prices_and_context_window.json: USD per token, the template entry, a region-prefixed listing, an embedding model.</summary>
    public const string LiteLlm = """
        {
          "sample_spec": {
            "input_cost_per_token": 0.0,
            "litellm_provider": "one of https://docs.litellm.ai/docs/providers",
            "max_input_tokens": "max input tokens, if the provider specifies it",
            "mode": "one of: chat, embedding, completion",
            "output_cost_per_token": 0.0
          },
          "gpt-4o": {
            "cache_read_input_token_cost": 1.25e-06,
            "input_cost_per_token": 2.5e-06,
            "litellm_provider": "openai",
            "max_input_tokens": 128000,
            "mode": "chat",
            "output_cost_per_token": 1e-05
          },
          "claude-opus-4-6": {
            "cache_creation_input_token_cost": 6.25e-06,
            "cache_read_input_token_cost": 5e-07,
            "input_cost_per_token": 5e-06,
            "litellm_provider": "anthropic",
            "max_input_tokens": 1000000,
            "mode": "chat",
            "output_cost_per_token": 2.5e-05
          },
          "us.anthropic.claude-opus-4-6-v1": {
            "input_cost_per_token": 5.5e-06,
            "litellm_provider": "bedrock_converse",
            "mode": "chat",
            "output_cost_per_token": 2.75e-05
          },
          "text-embedding-3-small": {
            "input_cost_per_token": 2e-08,
            "litellm_provider": "openai",
            "mode": "embedding",
            "output_cost_per_token": 0.0
          }
        }
        """;

    /// <summary><see cref="LiteLlm"/> a day later: gpt-4o input cut from $2.50 to $2.00 per 1M tokens.</summary>
    public static string LiteLlmGpt4oCut => LiteLlm.Replace("\"input_cost_per_token\": 2.5e-06", "\"input_cost_per_token\": 2e-06");

    /// <summary>OpenRouter GET /api/v1/models: prices are strings per token; a :free variant.</summary>
    public const string OpenRouter = """
        {
          "data": [
            {
              "id": "anthropic/claude-opus-4.6",
              "name": "Anthropic: Claude Opus 4.6",
              "context_length": 1000000,
              "pricing": { "prompt": "0.000005", "completion": "0.000025", "request": "0", "image": "0",
                           "input_cache_read": "0.0000005", "input_cache_write": "0.00000625" }
            },
            {
              "id": "openai/gpt-4o-mini",
              "name": "OpenAI: GPT-4o-mini",
              "context_length": 128000,
              "pricing": { "prompt": "0.00000015", "completion": "0.0000006", "request": "0", "image": "0" }
            },
            {
              "id": "meta-llama/llama-3.3-70b-instruct:free",
              "name": "Meta: Llama 3.3 70B Instruct (free)",
              "context_length": 131072,
              "pricing": { "prompt": "0", "completion": "0", "request": "0", "image": "0" }
            }
          ]
        }
        """;

    /// <summary>llm-prices current-v1.json: USD per 1M tokens.</summary>
    public const string LlmPricesCurrent = """
        {
          "updated_at": "2026-07-30",
          "prices": [
            { "id": "claude-opus-4-6", "vendor": "anthropic", "name": "Claude Opus 4.6", "input": 5, "output": 25, "input_cached": 0.5 },
            { "id": "gpt-4o", "vendor": "openai", "name": "GPT-4o", "input": 2.5, "output": 10, "input_cached": 1.25 },
            { "id": "gemini-2.5-flash", "vendor": "google", "name": "Gemini 2.5 Flash", "input": 0.3, "output": 2.5, "input_cached": null }
          ]
        }
        """;

    /// <summary>A two-provider genai-prices data.json, for tests that do not need the real one.</summary>
    public const string GenaiPricesSmall = """
        [
          { "id": "anthropic", "name": "Anthropic", "models": [
            { "id": "claude-opus-4-6", "name": "Claude Opus 4.6", "context_window": 1000000,
              "prices": { "input_mtok": 5, "output_mtok": 25, "cache_read_mtok": 0.5, "cache_write_mtok": 6.25 } } ] },
          { "id": "openai", "name": "OpenAI", "models": [
            { "id": "gpt-4o", "name": "GPT-4o", "prices": { "input_mtok": 2.5, "output_mtok": 10 } } ] }
        ]
        """;

    /// <summary>What a proxy or a login wall serves with 200 instead of the catalog.</summary>
    public const string HtmlPage = """
        <!DOCTYPE html>
        <html><head><title>Just a moment...</title></head><body>Checking your browser</body></html>
        """;
}
