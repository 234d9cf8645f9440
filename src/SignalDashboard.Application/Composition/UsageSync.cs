using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SignalDashboard.Core.Feeds;
using SignalDashboard.Core.Usage;
using SignalDashboard.Feeds.Http;
using SignalDashboard.Feeds.Usage;
using SignalDashboard.Storage;

namespace SignalDashboard.Composition;

/// <summary>How one usage source's fetch ended: stored rows, skipped (no key) or failed (stored data kept).</summary>
/// <param name="Pages">Pages (APIs) or files (OpenRouter's exports) read.</param>
public sealed record UsageSyncOutcome(string Source, DateOnly From, DateOnly To, int Pages, UsageSaveResult? Saved, string? Skipped, string? Error)
{
    /// <summary>Failed only because the source's host could not be reached at all: what a machine with no network sees.</summary>
    public bool Offline { get; init; }

    /// <summary>Where the data came from: <c>api</c>, <c>exports</c>, <c>analytics</c> or <c>usage-report</c>.</summary>
    public string? Via { get; init; }

    /// <summary>The day the source's data is as of (OpenRouter's snapshot date), when known.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Lines the reader should see (a fallback used, older snapshots not published).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The credit the source's licence asks for, with the date of its data (OpenRouter), or null.</summary>
    public string? Attribution => Saved is null ? null : UsageAttribution.For(Source, AsOf);
}

/// <summary>
/// <c>sigdash usage fetch</c> (and the dashboard's daily usage refresh): for each usage source, fetch from the last
/// stored day (fetched again: it may have been partial or revised) or the last <see cref="FirstFetchDays"/> days, to
/// today; store it all or nothing, and record the feed state (<c>usage/&lt;source&gt;</c>).
/// <list type="bullet">
/// <item>OpenRouter: with a key (<c>apiKeys.openrouter</c> / <c>SIGDASH_KEY_OPENROUTER</c>) its <c>rankings-daily</c>
/// API; without one its public dataset exports (CC BY 4.0), only the dated snapshots newer than the one stored, each
/// checked against its manifest's SHA-256. The feed state keeps which (<see cref="FeedState.Provider"/>: <c>api</c> or
/// <c>exports</c>) and the snapshot date of the stored data (in <see cref="FeedState.LastModified"/>: these feeds
/// make no conditional GET, and that date is what the stored content was last modified as), for the attribution
/// "as of" and for the next fetch to skip what it has.</item>
/// <item>OpenAI and Anthropic: an admin key (<c>apiKeys.openai|anthropic</c> or <c>SIGDASH_KEY_OPENAI|ANTHROPIC</c>),
/// skipped without one.</item>
/// </list>
/// Base URLs: <c>SIGDASH_USAGE_URL_&lt;SOURCE&gt;</c> (for tests and proxies). With no network, every source fails
/// at its first attempt (<see cref="IsOffline"/>) and the stored data stays as it was.
/// </summary>
public static class UsageSync
{
    public const int FirstFetchDays = 90;
    public const string UrlVariablePrefix = "SIGDASH_USAGE_URL_";

    /// <summary>How often the dashboard should fetch usage: the sources publish one day at a time.</summary>
    public static readonly TimeSpan Refresh = TimeSpan.FromDays(1);

    public static string FeedName(string source) => "usage/" + source;

    /// <summary>True when at least one source was asked and every one asked failed because its host could not be reached.</summary>
    public static bool IsOffline(IReadOnlyList<UsageSyncOutcome> outcomes)
    {
        var asked = outcomes.Where(o => o.Skipped is null).ToList();
        return asked.Count > 0 && asked.All(o => o.Offline);
    }

    /// <summary>The snapshot date a stored feed state records for OpenRouter's data, or null.</summary>
    public static DateOnly? AsOf(FeedState? state) =>
        state?.LastModified is { } text && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    public static async Task<IReadOnlyList<UsageSyncOutcome>> RunAsync(RunContext context, string? dbOption, IReadOnlyList<string> sources, CancellationToken cancellationToken = default)
    {
        var jobs = new List<Job>();
        using (var session = StoreSession.Open(context, dbOption))
        {
            var repository = session.Usage;
            var feedStates = session.FeedStates;
            foreach (var source in sources)
            {
                var key = CatalogSyncServices.ApiKeys(session.Config)(source);
                var state = feedStates.Get(FeedName(source));
                var storedSnapshot = state?.Provider == ExportsVia ? AsOf(state) : null;
                jobs.Add(new Job(source, key, repository.LastDay(source) ?? context.Today.AddDays(-(FirstFetchDays - 1)), storedSnapshot));
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

        var results = new List<(Job Job, UsageFetchResult? Result, string? Skipped)>();
        foreach (var job in jobs)
        {
            if (job.Key is null && job.Source == UsageSources.OpenRouter)
            {
                results.Add((job, await fetcher.FetchOpenRouterExportsAsync(job.From, job.StoredSnapshot, cancellationToken), null));
                continue;
            }
            if (job.Key is null)
            {
                results.Add((job, null, $"no key: set apiKeys.{job.Source} in the config or SIGDASH_KEY_{job.Source.ToUpperInvariant()}"));
                continue;
            }
            results.Add((job, await fetcher.FetchAsync(job.Source, job.From, context.Today, job.Key, cancellationToken), null));
        }

        using var store = StoreSession.Open(context, dbOption);
        var usage = new UsageRepository(store.Store);
        var states = new FeedStateRepository(store.Store);
        var now = context.Time.GetUtcNow();
        var outcomes = new List<UsageSyncOutcome>();
        foreach (var (job, result, skipped) in results)
        {
            var (source, from) = (job.Source, job.From);
            if (result is null)
            {
                outcomes.Add(new UsageSyncOutcome(source, from, context.Today, 0, null, skipped, null));
                continue;
            }
            var state = states.Get(FeedName(source)) ?? new FeedState(FeedName(source));
            if (result.Succeeded)
            {
                var saved = result.Records.Count > 0 ? usage.Save(result.Records) : new UsageSaveResult(0, 0);
                // The API's meta.as_of when it sent one; for data without a date, the day it was fetched (the API's
                // current day is live); nothing new: the date already stored.
                var asOf = result.AsOf ?? (result.Records.Count > 0 && source == UsageSources.OpenRouter ? context.Today : AsOf(state));
                states.Save(state with
                {
                    LastAttempt = now, LastSuccess = now, LastDownload = result.Records.Count > 0 ? now : state.LastDownload,
                    LastError = null, RateLimitedUntil = null, Provider = result.Via ?? state.Provider,
                    LastModified = asOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? state.LastModified,
                });
                outcomes.Add(new UsageSyncOutcome(source, from, context.Today, result.Pages, saved, null, null)
                {
                    Via = result.Via, AsOf = asOf ?? AsOf(state), Notes = result.Notes,
                });
            }
            else
            {
                var error = result.Unreachable ? Offline.Prefix + result.Error : result.Error;
                states.Save(state with { LastAttempt = now, LastError = error, RateLimitedUntil = result.RetryAfter is { } w ? now + w : null });
                outcomes.Add(new UsageSyncOutcome(source, from, context.Today, result.Pages, null, null, error)
                {
                    Offline = result.Unreachable, Via = result.Via, Notes = result.Notes,
                });
            }
        }
        return outcomes;
    }

    /// <summary>The <see cref="FeedState.Provider"/> of OpenRouter data read from the keyless exports.</summary>
    public const string ExportsVia = "exports";

    private sealed record Job(string Source, string? Key, DateOnly From, DateOnly? StoredSnapshot);
}
