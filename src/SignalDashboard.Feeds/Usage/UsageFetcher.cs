using System.Globalization;
using System.Net;
using System.Text;
using SignalDashboard.Core.Messages;
using SignalDashboard.Core.Usage;
using SignalDashboard.Feeds.Http;

namespace SignalDashboard.Feeds.Usage;

/// <summary>
/// Fetches a range of days from one usage API through its Refit client (behind the resilience pipeline), page after
/// page until the API says there is no next page, and maps each page with <see cref="UsageApiMappers"/>; or, for
/// OpenRouter without a key, the dated files of its public exports (<see cref="FetchOpenRouterExportsAsync"/>). Keys
/// go in request headers only, never into messages or logs. Nothing here throws for the network or the server: a
/// failure is a <see cref="UsageFetchResult"/> with its one-line reason, and no records.
/// </summary>
public sealed class UsageFetcher(
    IOpenRouterRankingsApi openRouter,
    IOpenRouterExportsApi exports,
    IOpenAiUsageApi openAi,
    IAnthropicUsageApi anthropic,
    UsageFeedOptions options,
    TimeProvider time)
{
    public const string AnthropicVersion = "2023-06-01";

    /// <summary>The beta header Anthropic's analytics usage endpoint requires.</summary>
    public const string AnthropicAnalyticsBeta = "analytics-usage-cost-2026-08-24";

    /// <summary>Buckets per page the OpenAI and Anthropic (legacy) APIs allow for daily buckets.</summary>
    public const int PageLimit = 31;

    /// <summary>The longest range one request to Anthropic's analytics usage endpoint may span.</summary>
    public const int AnalyticsWindowDays = 31;

    /// <summary>
    /// The export snapshots read in one fetch at most. A <c>rankings-daily</c> snapshot holds 30 days, so six reach
    /// half a year back (the first fetch wants 90 days: three).
    /// </summary>
    public const int MaxSnapshots = 6;

    /// <summary>The largest export file accepted (a 30-day CSV is about 120 KB).</summary>
    public const long MaxExportBytes = 32L * 1024 * 1024;

    /// <param name="from">First day (UTC).</param>
    /// <param name="to">Last day (UTC), included.</param>
    public async Task<UsageFetchResult> FetchAsync(string source, DateOnly from, DateOnly to, string key, CancellationToken cancellationToken = default)
    {
        switch (source)
        {
            case UsageSources.OpenRouter:
            {
                var paged = await PagesAsync(source, source, page => openRouter.GetRankingsAsync(Iso(from), Iso(to), "Bearer " + key, cancellationToken),
                    UsageApiMappers.OpenRouterRankings, from, to, cancellationToken);
                return paged.Result(source) with { Via = "api", AsOf = paged.AsOf };
            }
            case UsageSources.OpenAi:
            {
                var (start, end) = (Start(from), Start(to.AddDays(1)));
                var paged = await PagesAsync(source, source, page => openAi.GetCompletionsAsync(start.ToUnixTimeSeconds(), end.ToUnixTimeSeconds(), "1d", "model",
                    PageLimit, page, "Bearer " + key, cancellationToken), UsageApiMappers.OpenAiCompletions, from, to, cancellationToken);
                return paged.Result(source) with { Via = "api" };
            }
            case UsageSources.Anthropic:
                return await FetchAnthropicAsync(from, to, key, cancellationToken);
            default:
                throw new ArgumentException($"unknown usage source \"{source}\"", nameof(source));
        }
    }

    /// <summary>
    /// Anthropic: the analytics usage endpoint (current), in windows of <see cref="AnalyticsWindowDays"/> days; when
    /// it answers 400, 401, 403 or 404 — not available to this organization or key (it is in beta, needs the
    /// <c>read:analytics</c> scope or an Admin key, and refuses organizations with HIPAA readiness), or not there at
    /// all — the whole range comes from the legacy usage report instead, and a note says why.
    /// </summary>
    private async Task<UsageFetchResult> FetchAnthropicAsync(DateOnly from, DateOnly to, string key, CancellationToken cancellationToken)
    {
        const string source = UsageSources.Anthropic;
        var records = new List<UsageRecord>();
        var pages = 0;
        string? fallback = null;
        // Whole hours only, never in the future: a report of the current hour is still filling (an assumption: the
        // documentation says no more than that the data is refreshed every few hours).
        var now = time.GetUtcNow();
        var lastHour = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero);
        for (var windowStart = from; windowStart <= to; windowStart = windowStart.AddDays(AnalyticsWindowDays))
        {
            var windowEnd = Min(to, windowStart.AddDays(AnalyticsWindowDays - 1));
            var (start, end) = (Start(windowStart), Start(windowEnd.AddDays(1)));
            if (end > lastHour) end = lastHour;
            if (end <= start) break;
            var paged = await PagesAsync(source, "anthropic analytics", page => anthropic.GetAnalyticsUsageAsync(Rfc3339(start), Rfc3339(end), "1d", ["model"],
                page, key, AnthropicVersion, AnthropicAnalyticsBeta, cancellationToken), UsageApiMappers.AnthropicAnalyticsUsage, windowStart, windowEnd, cancellationToken);
            pages += paged.Pages;
            if (paged.Error is null)
            {
                records.AddRange(paged.Records);
                continue;
            }
            if (paged.Status is 400 or 401 or 403 or 404)
            {
                fallback = $"the analytics usage endpoint answered HTTP {paged.Status}; the legacy usage report was used";
                break;
            }
            return paged.Result(source) with { Pages = pages };
        }
        if (fallback is null)
            return new UsageFetchResult(source, records, pages, null) { Via = "analytics" };

        var (legacyStart, legacyEnd) = (Start(from), Start(to.AddDays(1)));
        var legacy = await PagesAsync(source, source, page => anthropic.GetMessagesAsync(Rfc3339(legacyStart), Rfc3339(legacyEnd), "1d", ["model"], PageLimit, page, key,
            AnthropicVersion, cancellationToken), UsageApiMappers.AnthropicMessages, from, to, cancellationToken);
        return legacy.Result(source) with { Pages = pages + legacy.Pages, Via = "usage-report", Notes = [fallback] };
    }

    /// <summary>
    /// OpenRouter's rankings without a key, from its public dataset exports: <c>index.json</c> names the newest
    /// snapshot of <c>rankings-daily</c>; when that is newer than <paramref name="storedSnapshot"/>, its dated manifest
    /// and CSV are downloaded, the CSV's size and SHA-256 checked against the manifest, and older snapshots read the
    /// same way until the days from <paramref name="from"/> are covered (each snapshot holds a trailing window of
    /// days; a day comes from the newest snapshot that has it, as successive snapshots revise their last days).
    /// Any failure — a checksum that does not match, a malformed file, the network — fails the whole fetch with one
    /// line naming the file; nothing is half-stored.
    /// </summary>
    /// <param name="from">The first day wanted (the last stored day, which may have been revised since, or 90 days back).</param>
    /// <param name="storedSnapshot">The newest snapshot already stored; not downloaded again.</param>
    public async Task<UsageFetchResult> FetchOpenRouterExportsAsync(DateOnly from, DateOnly? storedSnapshot, CancellationToken cancellationToken = default)
    {
        const string source = UsageSources.OpenRouter;
        const string dataset = OpenRouterExports.RankingsDaily;
        var files = 0;
        var index = await DownloadAsync(() => exports.GetIndexAsync(cancellationToken), cancellationToken);
        files++;
        if (index.Failure is { } indexFailure)
            return indexFailure.Result(source, files);
        ExportDataset latest;
        try
        {
            var datasets = OpenRouterExports.ReadIndex(index.Text!, index.Url);
            latest = datasets.FirstOrDefault(d => d.Id == dataset)
                ?? throw new UsageFormatException(index.Url, null, $"no dataset \"{dataset}\" (it lists {string.Join(", ", datasets.Select(d => d.Id))})");
        }
        catch (UsageFormatException e)
        {
            return Failed(source, files, $"{source}: {e.Message}");
        }
        if (storedSnapshot is { } stored && stored >= latest.LatestSnapshotDate)
        {
            return new UsageFetchResult(source, [], files, null)
            {
                Via = "exports", AsOf = stored,
                Notes = [$"{dataset} snapshot {Iso(latest.LatestSnapshotDate)} is already stored; nothing downloaded"],
            };
        }

        var snapshots = new List<IReadOnlyList<UsageRecord>>();
        var notes = new List<string>();
        for (var date = latest.LatestSnapshotDate; snapshots.Count < MaxSnapshots;)
        {
            var manifestFile = OpenRouterExports.ManifestFile(date);
            var manifestBody = await DownloadAsync(() => exports.GetFileAsync(dataset, manifestFile, cancellationToken), cancellationToken);
            files++;
            if (manifestBody.Failure is { Status: 404 } && snapshots.Count > 0)
            {
                notes.Add($"{dataset} snapshot {Iso(date)} is not published: the days before {Iso(date)} are not in the exports");
                break;
            }
            if (manifestBody.Failure is { } manifestFailure)
                return manifestFailure.Result(source, files);
            ExportManifest manifest;
            try
            {
                manifest = OpenRouterExports.ReadManifest(manifestBody.Text!, manifestBody.Url);
                if (manifest.Dataset != dataset || manifest.SnapshotDate != date)
                    throw new UsageFormatException(manifestBody.Url, null, $"describes {manifest.Dataset} {Iso(manifest.SnapshotDate)}, not {dataset} {Iso(date)}");
            }
            catch (UsageFormatException e)
            {
                return Failed(source, files, $"{source}: {e.Message}");
            }

            var csvFile = OpenRouterExports.CsvFile(date);
            var csv = await DownloadAsync(() => exports.GetFileAsync(dataset, csvFile, cancellationToken), cancellationToken);
            files++;
            if (csv.Failure is { } csvFailure)
                return csvFailure.Result(source, files);
            if (OpenRouterExports.ChecksumMismatch(csv.Bytes!, manifest.Csv) is { } mismatch)
                return Failed(source, files, $"{source}: {csv.Url}: refused, {mismatch}");
            IReadOnlyList<UsageRecord> rows;
            try
            {
                rows = OpenRouterExports.ReadRankingsCsv(Decode(csv.Bytes!), csv.Url, manifest.RowCount);
            }
            catch (UsageFormatException e)
            {
                return Failed(source, files, $"{source}: {e.Message}");
            }
            snapshots.Add(rows);
            if (rows.Count == 0)
                break;
            var first = rows.Min(r => r.Day);
            if (first <= from)
                break;
            // The snapshot dated on its first day holds the days before it.
            date = first;
            if (snapshots.Count == MaxSnapshots)
                notes.Add($"stopped after {MaxSnapshots} snapshots; the days before {Iso(first)} were not fetched");
        }

        var records = new List<UsageRecord>();
        var taken = new HashSet<DateOnly>();
        foreach (var rows in snapshots)
        {
            var days = rows.Select(r => r.Day).ToHashSet();
            records.AddRange(rows.Where(r => r.Day >= from && !taken.Contains(r.Day)));
            taken.UnionWith(days);
        }
        return new UsageFetchResult(source, records, files, null) { Via = "exports", AsOf = latest.LatestSnapshotDate, Notes = notes };
    }

    private sealed record Paged(List<UsageRecord> Records, int Pages, string? Error, TimeSpan? Wait = null, int? Status = null, bool Unreachable = false, DateOnly? AsOf = null)
    {
        public UsageFetchResult Result(string source) =>
            new(source, Error is null ? Records : [], Pages, Error, Wait) { Unreachable = Unreachable };
    }

    private async Task<Paged> PagesAsync(
        string source, string label, Func<string?, Task<HttpResponseMessage>> request, Func<string, string, UsagePage> map,
        DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var records = new List<UsageRecord>();
        string? page = null;
        DateOnly? asOf = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var pages = 1; pages <= options.MaxPages; pages++)
        {
            HttpResponseMessage response;
            try
            {
                response = await request(page);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && TransportFailure(e) is { } cause)
            {
                return new Paged([], pages - 1, Describe(source, cause), Unreachable: TransientHttp.IsUnreachable(cause));
            }
            using (response)
            {
                if (!response.IsSuccessStatusCode)
                {
                    var wait = response.StatusCode == HttpStatusCode.TooManyRequests ? RetryAfterHeader.Read(response, time.GetUtcNow()) : null;
                    var reason = $"{source}: HTTP {(int)response.StatusCode} ({response.ReasonPhrase})" +
                        (wait is { } w ? $", asked to wait {Math.Ceiling(w.TotalSeconds).ToString(CultureInfo.InvariantCulture)} s" : "") +
                        (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden ? " — check the key (an admin key for OpenAI and Anthropic)" : "");
                    return new Paged([], pages - 1, reason, wait, (int)response.StatusCode);
                }
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                UsagePage parsed;
                try
                {
                    parsed = map(body, $"{label} page {pages}");
                }
                catch (UsageFormatException e)
                {
                    return new Paged([], pages - 1, e.Message);
                }
                asOf ??= parsed.AsOf;
                records.AddRange(parsed.Records.Where(r => r.Day >= from && r.Day <= to));
                if (parsed.NextPage is not { } next) return new Paged(records, pages, null, AsOf: asOf);
                if (!seen.Add(next)) return new Paged([], pages, $"{source}: page cursor \"{next}\" came back twice (the server pages in a loop)");
                page = next;
            }
        }
        return new Paged([], options.MaxPages, $"{source}: more than {options.MaxPages} pages; stopped");
    }

    /// <summary>One file of the exports: its bytes and text, or why not (with the status, so a 404 can be told apart).</summary>
    private sealed record Download(string Url, byte[]? Bytes, string? Text, DownloadFailure? Failure);

    private sealed record DownloadFailure(string Reason, int? Status = null, bool Unreachable = false)
    {
        public UsageFetchResult Result(string source, int files) => new(source, [], files, Reason) { Unreachable = Unreachable };
    }

    private async Task<Download> DownloadAsync(Func<Task<HttpResponseMessage>> request, CancellationToken cancellationToken)
    {
        const string source = UsageSources.OpenRouter;
        HttpResponseMessage response;
        try
        {
            response = await request();
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && TransportFailure(e) is { } cause)
        {
            return new Download("", null, null, new DownloadFailure(Describe(source, cause), Unreachable: TransientHttp.IsUnreachable(cause)));
        }
        using (response)
        {
            var url = response.RequestMessage?.RequestUri?.AbsoluteUri ?? options.BaseUrlFor(source).AbsoluteUri;
            if (!response.IsSuccessStatusCode)
            {
                var status = (int)response.StatusCode;
                return new Download(url, null, null, new DownloadFailure($"{source}: {url} answered HTTP {status} ({response.ReasonPhrase})", status));
            }
            if (response.Content.Headers.ContentLength is > MaxExportBytes)
                return new Download(url, null, null, new DownloadFailure($"{source}: {url} is larger than {MaxExportBytes / (1024 * 1024)} MB; not downloaded"));
            byte[] bytes;
            try
            {
                bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is HttpRequestException or IOException)
            {
                return new Download(url, null, null, new DownloadFailure($"{source}: {url}: the download was cut short ({SingleLine.Of(e.Message)})"));
            }
            if (bytes.Length > MaxExportBytes)
                return new Download(url, null, null, new DownloadFailure($"{source}: {url} is larger than {MaxExportBytes / (1024 * 1024)} MB"));
            return new Download(url, bytes, Decode(bytes), null);
        }
    }

    /// <summary>UTF-8 without its byte-order mark (the exports are ASCII).</summary>
    private static string Decode(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    /// <summary>"openrouter: cannot reach openrouter.ai: its name does not resolve", or the transport's own message.</summary>
    private string Describe(string source, Exception cause) =>
        TransientHttp.UnreachableReason(cause) is { } reason
            ? $"{source}: cannot reach {options.BaseUrlFor(source).Authority}: {reason}"
            : $"{source}: {SingleLine.Of(cause.Message)}";

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

    private static UsageFetchResult Failed(string source, int pages, string reason) => new(source, [], pages, reason);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateTimeOffset Start(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Rfc3339(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
