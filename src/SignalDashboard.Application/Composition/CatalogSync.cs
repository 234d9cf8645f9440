using Microsoft.Extensions.DependencyInjection;
using SignalDashboard.Core.Catalog.Import;
using SignalDashboard.Feeds.Catalogs;
using SignalDashboard.Storage;
using SignalDashboard.Core.Feeds;

namespace SignalDashboard.Composition;

/// <summary>
/// Fetches live catalog sources (<c>feeds/sources/catalogs.json</c>) and imports what changed, keeping each source's
/// <see cref="FeedState"/> in the store between runs.
/// <para>
/// The store is not held open while the network is waited for: a short session reads the config and the feed
/// states, the sources are fetched (at the same time) and their text read with <see cref="CatalogImporter"/> with
/// no store open, then a second session imports each fetched source (one transaction each, see
/// <see cref="CatalogImport"/>) and saves its state.
/// </para>
/// <para>
/// A source that fails — the network, the server, a body that is not its catalog — leaves its data in the store as
/// it was, and keeps its old ETag/Last-Modified (so the next sync downloads again instead of being told 304 about a
/// body that was never imported). A source whose server answered 429 with a Retry-After longer than sigdash waits
/// is not asked again before that time has passed.
/// </para>
/// </summary>
public static class CatalogSync
{
    /// <summary>
    /// True when no source could be reached at all (at least one was asked, and each that was failed because its host
    /// could not be reached); sources not asked because they wait for a rate limit do not count.
    /// </summary>
    public static bool IsOffline(IReadOnlyList<CatalogSyncOutcome> outcomes)
    {
        var asked = outcomes.Where(o => !o.Waiting).ToList();
        return asked.Count > 0 && asked.All(o => o.Offline);
    }

    /// <summary>Syncs <paramref name="sources"/> and returns one outcome per source, in the order given.</summary>
    /// <param name="progress">Told how far each download is (from several threads; the sources download at once).</param>
    /// <exception cref="StoreException">The store cannot be opened.</exception>
    /// <exception cref="Configuration.ConfigException">The config, or a <c>SIGDASH_SOURCE_URL_*</c> variable, is wrong.</exception>
    public static async Task<IReadOnlyList<CatalogSyncOutcome>> RunAsync(
        RunContext context, string? dbOption, IReadOnlyList<CatalogSource> sources, IProgress<FetchProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var baseUrls = CatalogSyncServices.BaseUrls(sources, context.Paths.Environment);

        Func<string, string?> apiKeys;
        Dictionary<string, FeedState?> states;
        using (var session = StoreSession.Open(context, dbOption))
        {
            apiKeys = CatalogSyncServices.ApiKeys(session.Config);
            var repository = session.FeedStates;
            states = sources.ToDictionary(s => s.Name, s => repository.Get(s.Name));
        }

        Pending[] fetched;
        await using (var services = CatalogSyncServices.Build(context, apiKeys, baseUrls))
        {
            var fetcher = services.GetRequiredService<CatalogFetcher>();
            fetched = await Task.WhenAll(sources.Select(source =>
                FetchAndReadAsync(fetcher, source, states[source.Name], context.Time, progress, cancellationToken))).ConfigureAwait(false);
        }

        using (var session = StoreSession.Open(context, dbOption))
        {
            var repository = session.FeedStates;
            return fetched.Select(pending => Store(session, repository, pending, context.Time)).ToList();
        }
    }

    /// <summary>A source fetched (or not) and read, waiting for the store.</summary>
    private sealed record Pending(CatalogSource Source, FeedState? Previous, DateTimeOffset AttemptedAt)
    {
        public FetchResult? Result { get; init; }
        public CatalogReadResult? Read { get; init; }
        public string? ReadError { get; init; }
        public DateTimeOffset? RateLimitedUntil { get; init; }
    }

    private static async Task<Pending> FetchAndReadAsync(
        CatalogFetcher fetcher, CatalogSource source, FeedState? previous, TimeProvider time, IProgress<FetchProgress>? progress,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var pending = new Pending(source, previous, now);
        if (previous?.RateLimitedUntil is { } until && until > now)
            return pending with { RateLimitedUntil = until };

        var validators = new FetchState(previous?.ETag, previous?.LastModified);
        var result = await fetcher.FetchAsync(source, validators, progress, cancellationToken).ConfigureAwait(false);
        if (result is not FetchResult.Fetched body)
            return pending with { Result = result };

        var day = DateOnly.FromDateTime(body.FetchedAt.UtcDateTime);
        try
        {
            return pending with { Result = result, Read = CatalogImporter.Import(body.Text, source.Format, day, body.Url.ToString()) };
        }
        catch (CatalogImportException e)
        {
            return pending with { Result = result, ReadError = e.Message };
        }
        catch (Exception e) when (e is FormatException or OverflowException or InvalidOperationException or ArgumentException)
        {
            // Not a reader's own error, but still this download's problem, not a reason to stop the other sources.
            return pending with { Result = result, ReadError = $"{body.Url}: cannot be read as {source.Format.Name()} ({e.Message})" };
        }
    }

    private static CatalogSyncOutcome Store(StoreSession session, FeedStateRepository repository, Pending pending, TimeProvider time)
    {
        var name = pending.Source.Name;
        var previous = pending.Previous;
        var state = previous ?? new FeedState(name);
        switch (pending.Result)
        {
            case null when pending.RateLimitedUntil is { } until:
            {
                var reason = $"{pending.Source.Url.Authority} asked not to be asked again before {CatalogSyncText.Minute(until)}; not requested";
                return Failure(name, reason, previous) with { Waiting = true };
            }

            case FetchResult.Failed failed:
            {
                var rateLimitedUntil = failed.Kind == FetchFailure.RateLimited && failed.RetryAfter is { } wait ? time.GetUtcNow() + wait : (DateTimeOffset?)null;
                repository.Save(state with { LastAttempt = pending.AttemptedAt, LastError = failed.Reason, RateLimitedUntil = rateLimitedUntil });
                return failed.Kind == FetchFailure.Unreachable
                    ? Failure(name, Offline.Prefix + failed.Reason, previous) with { Offline = true }
                    : Failure(name, failed.Reason, previous);
            }

            case FetchResult.NotModified notModified:
                repository.Save(state with
                {
                    LastAttempt = pending.AttemptedAt,
                    LastSuccess = notModified.CheckedAt,
                    LastError = null,
                    ETag = notModified.State.ETag,
                    LastModified = notModified.State.LastModified,
                    RateLimitedUntil = null,
                });
                return new CatalogSyncOutcome(name, CatalogSyncStatus.NotModified, CatalogSyncText.NotModified(previous));

            case FetchResult.Fetched body:
            {
                ImportResult? imported = null;
                var error = pending.ReadError;
                if (error is null)
                {
                    try
                    {
                        imported = CatalogImport.Import(session, pending.Read!);
                    }
                    catch (Exception e) when (e is StoreException or ArgumentException)
                    {
                        error = $"{body.Url}: not imported ({e.Message})";
                    }
                }
                if (imported is null)
                {
                    // The validators stay those of the content the store holds: the next sync downloads again.
                    repository.Save(state with { LastAttempt = pending.AttemptedAt, LastError = error, RateLimitedUntil = null });
                    return Failure(name, error!, previous);
                }

                repository.Save(state with
                {
                    LastAttempt = pending.AttemptedAt,
                    LastSuccess = body.FetchedAt,
                    LastDownload = body.FetchedAt,
                    LastError = null,
                    ETag = body.ETag,
                    LastModified = body.LastModified,
                    RateLimitedUntil = null,
                });
                var line = CatalogSyncText.Fetched(name, body.Bytes, imported) + CatalogImport.DescribeSkipped(pending.Read!);
                return new CatalogSyncOutcome(name, CatalogSyncStatus.Fetched, line) { Import = imported };
            }

            default:
                throw new InvalidOperationException($"unexpected fetch result {pending.Result?.GetType().Name ?? "null"} for {name}");
        }
    }

    private static CatalogSyncOutcome Failure(string source, string reason, FeedState? previous) =>
        new(source, CatalogSyncStatus.Failed, CatalogSyncText.Failed(reason, previous)) { Reason = reason };
}
