using System.Globalization;
using System.Net;
using SignalDashboard.Core.Usage;
using SignalDashboard.Feeds.Http;

namespace SignalDashboard.Feeds.Usage;

/// <summary>
/// Fetches a range of days from one usage API through its Refit client (behind the resilience pipeline), page after
/// page until the API says there is no next page, and maps each page with <see cref="UsageApiMappers"/>. Keys go in
/// request headers only, never into messages or logs.
/// </summary>
public sealed class UsageFetcher(
    IOpenRouterRankingsApi openRouter,
    IOpenAiUsageApi openAi,
    IAnthropicUsageApi anthropic,
    UsageFeedOptions options,
    TimeProvider time)
{
    public const string AnthropicVersion = "2023-06-01";

    /// <summary>Buckets per page the OpenAI and Anthropic APIs allow for daily buckets.</summary>
    public const int PageLimit = 31;

    /// <param name="from">First day (UTC).</param>
    /// <param name="to">Last day (UTC), included.</param>
    public async Task<UsageFetchResult> FetchAsync(string source, DateOnly from, DateOnly to, string key, CancellationToken cancellationToken = default)
    {
        var records = new List<UsageRecord>();
        string? page = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var pages = 1; pages <= options.MaxPages; pages++)
        {
            HttpResponseMessage response;
            try
            {
                response = await Request(source, from, to, key, page, cancellationToken);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && TransportFailure(e) is { } cause)
            {
                return Failed(source, pages - 1, $"{source}: {cause.Message}");
            }
            using (response)
            {
                if (!response.IsSuccessStatusCode)
                {
                    var wait = response.StatusCode == HttpStatusCode.TooManyRequests ? RetryAfterHeader.Read(response, time.GetUtcNow()) : null;
                    var reason = $"{source}: HTTP {(int)response.StatusCode} ({response.ReasonPhrase})" +
                        (wait is { } w ? $", asked to wait {Math.Ceiling(w.TotalSeconds).ToString(CultureInfo.InvariantCulture)} s" : "") +
                        (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden ? " — check the key (an admin key for OpenAI and Anthropic)" : "");
                    return Failed(source, pages - 1, reason, wait);
                }
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                UsagePage parsed;
                try
                {
                    parsed = Map(source, body, $"{source} page {pages}");
                }
                catch (UsageFormatException e)
                {
                    return Failed(source, pages - 1, e.Message);
                }
                records.AddRange(parsed.Records.Where(r => r.Day >= from && r.Day <= to));
                if (parsed.NextPage is not { } next) return new UsageFetchResult(source, records, pages, null);
                if (!seen.Add(next)) return Failed(source, pages, $"{source}: page cursor \"{next}\" came back twice (the server pages in a loop)");
                page = next;
            }
        }
        return Failed(source, options.MaxPages, $"{source}: more than {options.MaxPages} pages; stopped");
    }

    /// <summary>
    /// The network failure behind an exception, or null. Refit wraps a failed send in its own ApiRequestException
    /// (not an HttpRequestException): an unreachable host crashed `usage fetch` before this looked inside.
    /// </summary>
    private static Exception? TransportFailure(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is HttpRequestException or Polly.Timeout.TimeoutRejectedException or Polly.CircuitBreaker.BrokenCircuitException) return e;
        }
        return null;
    }

    private static UsageFetchResult Failed(string source, int pages, string reason, TimeSpan? wait = null) => new(source, [], pages, reason, wait);

    private Task<HttpResponseMessage> Request(string source, DateOnly from, DateOnly to, string key, string? page, CancellationToken cancellationToken)
    {
        var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return source switch
        {
            UsageSources.OpenRouter => openRouter.GetRankingsAsync(Iso(from), Iso(to), "Bearer " + key, cancellationToken),
            UsageSources.OpenAi => openAi.GetCompletionsAsync(start.ToUnixTimeSeconds(), end.ToUnixTimeSeconds(), "1d", "model", PageLimit, page, "Bearer " + key, cancellationToken),
            UsageSources.Anthropic => anthropic.GetMessagesAsync(Rfc3339(start), Rfc3339(end), "1d", ["model"], PageLimit, page, key, AnthropicVersion, cancellationToken),
            _ => throw new ArgumentException($"unknown usage source \"{source}\"", nameof(source)),
        };
    }

    private static UsagePage Map(string source, string body, string origin) => source switch
    {
        UsageSources.OpenRouter => UsageApiMappers.OpenRouterRankings(body, origin),
        UsageSources.OpenAi => UsageApiMappers.OpenAiCompletions(body, origin),
        _ => UsageApiMappers.AnthropicMessages(body, origin),
    };

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Rfc3339(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
