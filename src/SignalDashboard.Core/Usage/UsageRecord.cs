namespace SignalDashboard.Core.Usage;

/// <summary>
/// Tokens one source reports for one model on one UTC day. <see cref="InputTokens"/> excludes cached input
/// (<see cref="CachedTokens"/>, read from a prompt cache), so <see cref="TotalTokens"/> counts every token once.
/// Sources that give only a total (OpenRouter's rankings) put it in <see cref="InputTokens"/>.
/// </summary>
public sealed record UsageRecord(
    string Source,
    string Model,
    DateOnly Day,
    long InputTokens,
    long OutputTokens,
    long CachedTokens,
    long Requests)
{
    public long TotalTokens => InputTokens + OutputTokens + CachedTokens;
}

/// <summary>Names of the usage sources; "demo" is generated and always labelled DEMO.</summary>
public static class UsageSources
{
    public const string Demo = "demo";
    public const string Csv = "csv";
    public const string OpenRouter = "openrouter";
    public const string OpenAi = "openai";
    public const string Anthropic = "anthropic";

    /// <summary>The bundled OpenRouter weekly top-N sample (feeds/usage/openrouter-weekly-top.csv); always labelled SAMPLE.</summary>
    public const string OpenRouterWeeklySample = "openrouter-weekly-sample";

    public static bool IsSample(string source) => string.Equals(source, OpenRouterWeeklySample, StringComparison.OrdinalIgnoreCase);

    public static bool IsDemo(string source) => string.Equals(source, Demo, StringComparison.OrdinalIgnoreCase);

    /// <summary>The label shown next to data from <paramref name="source"/>.</summary>
    public static string Label(string source) => IsDemo(source) ? "DEMO" : IsSample(source) ? "SAMPLE (OpenRouter top 9–10 a week)" : source;

    /// <summary>OpenRouter's rankings are CC BY 4.0: this line is shown wherever its data is.</summary>
    public const string OpenRouterAttribution = "Usage data: OpenRouter rankings (openrouter.ai/rankings), CC BY 4.0";
}
