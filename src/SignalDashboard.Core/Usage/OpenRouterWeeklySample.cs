namespace SignalDashboard.Core.Usage;

/// <summary>
/// The bundled OpenRouter weekly sample (<c>feeds/usage/openrouter-weekly-top.csv</c>): the most used models of each
/// week only — the top 9 up to 2026-02-08, the top 10 after — with no "others" bucket. It is a <b>sample</b>: a
/// week's rows do not add up to OpenRouter's total, a model missing from a week was below the cut, not unused, and
/// the data must be labelled <see cref="SampleLabel"/> and attributed (<see cref="Attribution"/>) wherever shown.
/// </summary>
public sealed record OpenRouterWeeklySample(IReadOnlyList<WeeklyModelTokens> Rows)
{
    /// <summary>The usage source name of the sample's rows as <see cref="UsageRecord"/>s.</summary>
    public const string Source = UsageSources.OpenRouterWeeklySample;

    /// <summary>Shown wherever the sample is: it is not a total.</summary>
    public const string SampleLabel = "SAMPLE: OpenRouter's top 9–10 models of each week only (no \"others\"; not a platform total)";

    /// <summary>The attribution CC BY 4.0 asks for, in OpenRouter's citation form.</summary>
    public const string Attribution =
        "Source: OpenRouter (openrouter.ai/rankings), weekly snapshots as collected by github.com/johnbean393/openrouter-inference-stats. Licensed under CC BY 4.0.";

    /// <summary>The weeks, in order.</summary>
    public IReadOnlyList<DateOnly> Weeks => Rows.Select(r => r.WeekEnd).Distinct().Order().ToList();

    /// <summary>The model slugs, in ordinal order.</summary>
    public IReadOnlyList<string> Models => Rows.Select(r => r.Model).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The rows as usage records of source <see cref="Source"/>, one per model and week-end day (total tokens kept as
    /// input, as for OpenRouter's rankings; requests are not known).
    /// </summary>
    public IReadOnlyList<UsageRecord> ToUsageRecords() =>
        Rows.Select(r => new UsageRecord(Source, r.Model, r.WeekEnd, r.TotalTokens, 0, 0, 0)).ToList();
}
