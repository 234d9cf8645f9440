using Refit;

namespace SignalDashboard.Feeds.Usage;

/// <summary>
/// OpenRouter's public dataset exports (CC BY 4.0, no key): the catalog <c>index.json</c> and, per dataset, dated
/// files <c>&lt;YYYY-MM-DD&gt;.csv|.json|.manifest.json</c> (immutable once written) and <c>latest.*</c> aliases.
/// </summary>
public interface IOpenRouterExportsApi
{
    [Get("/api/v1/datasets/exports/index.json")]
    Task<HttpResponseMessage> GetIndexAsync(CancellationToken cancellationToken);

    /// <param name="dataset">For example <c>rankings-daily</c>.</param>
    /// <param name="file">For example <c>2026-10-08.manifest.json</c> or <c>2026-10-08.csv</c>.</param>
    [Get("/api/v1/datasets/exports/{dataset}/{file}")]
    Task<HttpResponseMessage> GetFileAsync(string dataset, string file, CancellationToken cancellationToken);
}

/// <summary>OpenRouter's rankings dataset through the Data API: top models per day plus "other" (CC BY 4.0). Bearer key.</summary>
public interface IOpenRouterRankingsApi
{
    [Get("/api/v1/datasets/rankings-daily")]
    Task<HttpResponseMessage> GetRankingsAsync(
        [AliasAs("start_date")] string startDate,
        [AliasAs("end_date")] string endDate,
        [Header("Authorization")] string authorization,
        CancellationToken cancellationToken);
}

/// <summary>OpenAI's organization usage of completions in daily buckets per model (admin key), paged by <c>page</c>.</summary>
public interface IOpenAiUsageApi
{
    [Get("/v1/organization/usage/completions")]
    Task<HttpResponseMessage> GetCompletionsAsync(
        [AliasAs("start_time")] long startTime,
        [AliasAs("end_time")] long endTime,
        [AliasAs("bucket_width")] string bucketWidth,
        [AliasAs("group_by")] string groupBy,
        int limit,
        string? page,
        [Header("Authorization")] string authorization,
        CancellationToken cancellationToken);
}

/// <summary>
/// Anthropic's organization usage: the analytics usage endpoint (current, in beta: one row per model and daily time
/// bucket) and the usage report of messages (legacy: daily buckets of results per model), both paged by <c>page</c>.
/// An Admin API key, or a key with the <c>read:analytics</c> scope for the analytics endpoint.
/// </summary>
public interface IAnthropicUsageApi
{
    /// <param name="endingAt">Exclusive; the range spans at most 31 days.</param>
    /// <param name="timeBucketWidth"><c>1d</c>: one row per model and UTC day.</param>
    /// <param name="beta">The beta header the endpoint requires (<see cref="UsageFetcher.AnthropicAnalyticsBeta"/>).</param>
    [Get("/v1/organizations/analytics/usage")]
    Task<HttpResponseMessage> GetAnalyticsUsageAsync(
        [AliasAs("starting_at")] string startingAt,
        [AliasAs("ending_at")] string endingAt,
        [AliasAs("time_bucket_width")] string timeBucketWidth,
        [Query(CollectionFormat.Multi)][AliasAs("group_by[]")] string[] groupBy,
        string? page,
        [Header("x-api-key")] string apiKey,
        [Header("anthropic-version")] string version,
        [Header("anthropic-beta")] string beta,
        CancellationToken cancellationToken);

    [Get("/v1/organizations/usage_report/messages")]
    Task<HttpResponseMessage> GetMessagesAsync(
        [AliasAs("starting_at")] string startingAt,
        [AliasAs("ending_at")] string endingAt,
        [AliasAs("bucket_width")] string bucketWidth,
        [Query(CollectionFormat.Multi)][AliasAs("group_by[]")] string[] groupBy,
        int limit,
        string? page,
        [Header("x-api-key")] string apiKey,
        [Header("anthropic-version")] string version,
        CancellationToken cancellationToken);
}
