using Refit;

namespace SignalDashboard.Feeds.Usage;

/// <summary>OpenRouter's public rankings dataset: top models per day plus "other" (CC BY 4.0). Bearer key.</summary>
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

/// <summary>Anthropic's usage report of messages in daily buckets per model (admin key), paged by <c>page</c>.</summary>
public interface IAnthropicUsageApi
{
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
