using Microsoft.Extensions.DependencyInjection;
using SignalDashboard.Core.Usage;
using SignalDashboard.Feeds.Http;
using SignalDashboard.Feeds.Usage;
using SignalDashboard.Storage;
using SignalDashboard.Core.Feeds;

namespace SignalDashboard.Composition;

/// <summary>How one usage source's fetch ended: stored rows, skipped (no key) or failed (stored data kept).</summary>
public sealed record UsageSyncOutcome(string Source, DateOnly From, DateOnly To, int Pages, UsageSaveResult? Saved, string? Skipped, string? Error);

/// <summary>
/// <c>sigdash usage fetch</c>: for each usage API with a key (<c>apiKeys.openrouter|openai|anthropic</c> or
/// <c>SIGDASH_KEY_OPENROUTER|OPENAI|ANTHROPIC</c>), fetch from the last stored day (fetched again: it may have been
/// partial) or the last <see cref="FirstFetchDays"/> days, to today; store it all or nothing, and record the feed state
/// (<c>usage/&lt;source&gt;</c>). Base URLs: <c>SIGDASH_USAGE_URL_&lt;SOURCE&gt;</c> (for tests and proxies).
/// </summary>
public static class UsageSync
{
    public const int FirstFetchDays = 90;
    public const string UrlVariablePrefix = "SIGDASH_USAGE_URL_";

    public static string FeedName(string source) => "usage/" + source;

    public static async Task<IReadOnlyList<UsageSyncOutcome>> RunAsync(RunContext context, string? dbOption, IReadOnlyList<string> sources, CancellationToken cancellationToken = default)
    {
        var jobs = new List<(string Source, string? Key, DateOnly From)>();
        using (var session = StoreSession.Open(context, dbOption))
        {
            var repository = session.Usage;
            foreach (var source in sources)
            {
                var key = CatalogSyncServices.ApiKeys(session.Config)(source);
                jobs.Add((source, key, repository.LastDay(source) ?? context.Today.AddDays(-(FirstFetchDays - 1))));
            }
        }

        var urls = UsageFeedOptions.Sources
            .Select(s => (s, Url: context.Paths.Environment(UrlVariablePrefix + s.ToUpperInvariant())))
            .Where(x => Uri.TryCreate(x.Url, UriKind.Absolute, out _))
            .ToDictionary(x => x.s, x => new Uri(x.Url!), StringComparer.OrdinalIgnoreCase);
        var options = new UsageFeedOptions
        {
            BaseUrls = UsageFeedOptions.DefaultBaseUrls.ToDictionary(p => p.Key, p => urls.GetValueOrDefault(p.Key) ?? p.Value, StringComparer.OrdinalIgnoreCase),
            Resilience = CatalogSyncOverrides.Current?.Resilience ?? MarketSyncServices.Resilience,
            UserAgent = FeedUserAgent.Build(AppVersion.Current, null, "SignalDashboard usage feeds"),
        };
        var services = new ServiceCollection();
        services.AddSingleton(context.Time);
        services.AddUsageFeeds(options);
        await using var provider = services.BuildServiceProvider();
        var fetcher = provider.GetRequiredService<UsageFetcher>();

        var results = new List<(string Source, DateOnly From, UsageFetchResult? Result, string? Skipped)>();
        foreach (var (source, key, from) in jobs)
        {
            if (key is null)
            {
                results.Add((source, from, null, $"no key: set apiKeys.{source} in the config or SIGDASH_KEY_{source.ToUpperInvariant()}"));
                continue;
            }
            results.Add((source, from, await fetcher.FetchAsync(source, from, context.Today, key, cancellationToken), null));
        }

        using var store = StoreSession.Open(context, dbOption);
        var usage = new UsageRepository(store.Store);
        var states = new FeedStateRepository(store.Store);
        var now = context.Time.GetUtcNow();
        var outcomes = new List<UsageSyncOutcome>();
        foreach (var (source, from, result, skipped) in results)
        {
            if (result is null)
            {
                outcomes.Add(new UsageSyncOutcome(source, from, context.Today, 0, null, skipped, null));
                continue;
            }
            var state = states.Get(FeedName(source)) ?? new FeedState(FeedName(source));
            if (result.Succeeded)
            {
                var saved = result.Records.Count > 0 ? usage.Save(result.Records) : new UsageSaveResult(0, 0);
                states.Save(state with { LastAttempt = now, LastSuccess = now, LastDownload = now, LastError = null, RateLimitedUntil = null });
                outcomes.Add(new UsageSyncOutcome(source, from, context.Today, result.Pages, saved, null, null));
            }
            else
            {
                states.Save(state with { LastAttempt = now, LastError = result.Error, RateLimitedUntil = result.RetryAfter is { } w ? now + w : null });
                outcomes.Add(new UsageSyncOutcome(source, from, context.Today, result.Pages, null, null, result.Error));
            }
        }
        return outcomes;
    }
}
