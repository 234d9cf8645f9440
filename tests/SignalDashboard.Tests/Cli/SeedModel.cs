namespace SignalDashboard.Tests.Cli;

/// <summary>A model of the bundled catalog as the seed article prices it (feeds/catalog/README.md).</summary>
internal sealed record SeedModel(string Name, string Provider, string Id, decimal Input, string Tier)
{
    /// <summary>
    /// The 13 seed models with the seed's input prices (USD per 1M) and the tier the seed's rule gives them:
    /// 0 Free, under $1 Budget, $1 to $5 inclusive Mid, over $5 Top.
    /// </summary>
    public static readonly IReadOnlyList<SeedModel> All =
    [
        new("Llama 4", "meta", "llama-4", 0m, "Free"),
        new("Gemma 3", "google", "gemma-3", 0m, "Free"),
        new("DeepSeek V3", "deepseek", "deepseek-chat", 0.28m, "Budget"),
        new("GPT-4.1 Nano", "openai", "gpt-4.1-nano", 0.05m, "Budget"),
        new("GPT-4o Mini", "openai", "gpt-4o-mini", 0.15m, "Budget"),
        new("Claude Haiku 3.5", "anthropic", "claude-3-5-haiku-latest", 0.80m, "Budget"),
        new("Gemini 2.5 Pro", "google", "gemini-2.5-pro", 1.25m, "Mid"),
        new("GPT-5.2", "openai", "gpt-5.2", 1.75m, "Mid"),
        new("GPT-4.1", "openai", "gpt-4.1", 2.00m, "Mid"),
        new("Claude Sonnet 4.6", "anthropic", "claude-sonnet-4-6", 3.00m, "Mid"),
        new("Claude Opus 4.6", "anthropic", "claude-opus-4-6", 5m, "Mid"),
        new("Claude Opus 4", "anthropic", "claude-opus-4", 15m, "Top"),
        new("GPT-5.2 Pro", "openai", "gpt-5.2-pro", 21m, "Top"),
    ];
}
