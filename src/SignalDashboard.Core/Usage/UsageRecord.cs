namespace SignalDashboard.Core.Usage;

/// <summary>
/// Tokens one source reports for one model on one UTC day. <see cref="InputTokens"/> excludes cached input
/// (<see cref="CachedTokens"/>, read from a prompt cache), so <see cref="TotalTokens"/> counts every token once.
/// Sources that give only a total (OpenRouter's rankings) put it in <see cref="InputTokens"/>. A record whose
/// <see cref="Model"/> is <see cref="OtherModels"/> is an <b>aggregate</b>, not a model: the sum of every model a source
/// does not list by name on that day (OpenRouter's <c>other</c> row: all models outside its top 50). It counts in the
/// day's total traffic and never matches a catalog model.
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
    /// <summary>
    /// The model key of an aggregate record: every model the source leaves unnamed that day. Parentheses cannot
    /// start a model id, so it is told apart from any model by its spelling alone.
    /// </summary>
    public const string OtherModels = "(other models)";

    public long TotalTokens => InputTokens + OutputTokens + CachedTokens;

    /// <summary>True for the aggregate of unnamed models (<see cref="OtherModels"/>), which is no model.</summary>
    public bool IsAggregate => IsAggregateModel(Model);

    public static bool IsAggregateModel(string model) => string.Equals(model, OtherModels, StringComparison.Ordinal);
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

    /// <summary>
    /// OpenRouter's attribution without a date, for where the data's date is not at hand;
    /// <see cref="UsageAttribution.OpenRouter"/> gives the dated line OpenRouter asks for.
    /// </summary>
    public static string OpenRouterAttribution => UsageAttribution.OpenRouter(null);
}
