using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SignalDashboard.Core.Usage;
using SignalDashboard.Feeds.Tests.Fetching;
using SignalDashboard.TestSupport.Loopback;
using SignalDashboard.Feeds.Usage;

namespace SignalDashboard.Feeds.Tests.Usage;

/// <summary>
/// OpenRouter's keyless dataset exports against a Kestrel server on 127.0.0.1 playing
/// <c>/api/v1/datasets/exports/</c>: the index, dated manifests and CSVs in the published shapes (CRLF CSV, 30-day
/// windows trimmed to three days here, an <c>other</c> row per day).
/// </summary>
public sealed class OpenRouterExportsFeedTests : IAsyncLifetime
{
    private const string Exports = "/api/v1/datasets/exports/";
    private LoopbackServer _server = null!;
    private ServiceProvider _services = null!;
    private readonly Dictionary<string, LoopbackReply> _files = new(StringComparer.Ordinal);

    public async Task InitializeAsync()
    {
        _server = await LoopbackServer.StartAsync();
        _server.Handle(r => _files.TryGetValue(r.PathAndQuery, out var reply)
            ? reply
            : LoopbackReply.Ok("""{"error":{"message":"Export not found","code":404}}""") with { Status = 404 });
        _services = new ServiceCollection().AddLogging().AddUsageFeeds(new UsageFeedOptions
        {
            BaseUrls = UsageFeedOptions.Sources.ToDictionary(s => s, _ => _server.BaseUrl),
            Resilience = CatalogHarness.Fast,
        }).BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
    }

    private UsageFetcher Fetcher => _services.GetRequiredService<UsageFetcher>();

    /// <summary>Three days of a snapshot: two models and the other row a day, CRLF, as the exports write them.</summary>
    public static string Csv(DateOnly firstDay, long scale = 1) =>
        "date,model_permaslug,rank,total_tokens,share_of_daily_tokens\r\n" + string.Concat(Enumerable.Range(0, 3).Select(i =>
        {
            var day = firstDay.AddDays(i).ToString("yyyy-MM-dd");
            return $"{day},deepseek/deepseek-v4.1-flash-20260910,1,{3491740784985 * scale + i},0.62\r\n" +
                   $"{day},anthropic/claude-opus-4.6,2,{1460529646933 * scale + i},0.26\r\n" +
                   $"{day},other,,{685972498074 * scale + i},0.12\r\n";
        }));

    public static string Index(string latest) => $$$"""
        {"schema_version":"v1","updated_at":"{{{latest}}}T01:46:15.433Z","update_cadence":"daily",
         "license":{"name":"CC BY 4.0","url":"https://creativecommons.org/licenses/by/4.0/"},
         "attribution":"Source: OpenRouter (openrouter.ai), licensed under CC BY 4.0: reuse and republish with attribution to OpenRouter.",
         "readme_url":"https://openrouter.ai/api/v1/datasets/exports/README.md","license_url":"https://openrouter.ai/api/v1/datasets/exports/LICENSE",
         "datasets":[
          {"id":"benchmark-runs","title":"OpenRouter benchmark runs","latest_snapshot_date":"{{{latest}}}","latest_manifest_url":"https://openrouter.ai/api/v1/datasets/exports/benchmark-runs/latest.manifest.json"},
          {"id":"rankings-daily","title":"OpenRouter model rankings, daily token share","latest_snapshot_date":"{{{latest}}}","latest_manifest_url":"https://openrouter.ai/api/v1/datasets/exports/rankings-daily/latest.manifest.json"}]}
        """;

    public static string Manifest(string date, byte[] csv, string? sha256 = null) => $$$"""
        {"dataset":"rankings-daily","schema_version":"v1","snapshot_date":"{{{date}}}","retrieved_at":"{{{date}}}T01:46:15.433Z","row_count":{{{Encoding.ASCII.GetString(csv).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1}}},
         "update_cadence":"daily","license":{"name":"CC BY 4.0","url":"https://creativecommons.org/licenses/by/4.0/"},
         "attribution":"Source: OpenRouter (openrouter.ai), licensed under CC BY 4.0: reuse and republish with attribution to OpenRouter.",
         "readme_url":"https://openrouter.ai/api/v1/datasets/exports/README.md",
         "files":{"csv":{"url":"https://openrouter.ai/api/v1/datasets/exports/rankings-daily/{{{date}}}.csv","encoding_format":"text/csv","bytes":{{{csv.Length}}},"sha256":"{{{sha256 ?? Convert.ToHexStringLower(SHA256.HashData(csv))}}}"},
                  "json":{"url":"https://openrouter.ai/api/v1/datasets/exports/rankings-daily/{{{date}}}.json","encoding_format":"application/json","bytes":9,"sha256":"cf1b393a5027ccb7f9d3cb6a10bf64168261400e4b74d1e6832e54c651c41db4"}},
         "latest":{"csv":"https://openrouter.ai/api/v1/datasets/exports/rankings-daily/latest.csv","json":"https://openrouter.ai/api/v1/datasets/exports/rankings-daily/latest.json","manifest":"https://openrouter.ai/api/v1/datasets/exports/rankings-daily/latest.manifest.json"}}
        """;

    /// <summary>Publishes a snapshot dated <paramref name="date"/> holding the three days before it.</summary>
    private byte[] Publish(string date, long scale = 1, string? manifestSha = null)
    {
        var csv = Encoding.ASCII.GetBytes(Csv(DateOnly.Parse(date).AddDays(-3), scale));
        _files[$"{Exports}rankings-daily/{date}.csv"] = new LoopbackReply { Body = csv, Headers = new Dictionary<string, string> { ["Content-Type"] = "text/csv; charset=utf-8" } };
        _files[$"{Exports}rankings-daily/{date}.manifest.json"] = LoopbackReply.Ok(Manifest(date, csv, manifestSha));
        return csv;
    }

    private void Latest(string date) => _files[$"{Exports}index.json"] = LoopbackReply.Ok(Index(date));

    [Fact]
    public async Task The_newest_snapshot_is_read_from_its_dated_files_checked_against_its_manifest()
    {
        Latest("2026-11-27");
        Publish("2026-11-27");

        var result = await Fetcher.FetchOpenRouterExportsAsync(new DateOnly(2026, 11, 24), storedSnapshot: null);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("exports", result.Via);
        Assert.Equal(new DateOnly(2026, 11, 27), result.AsOf);
        Assert.Equal(9, result.Records.Count);
        Assert.Equal(new UsageRecord("openrouter", "anthropic/claude-opus-4.6", new DateOnly(2026, 11, 24), 1460529646933, 0, 0, 0), result.Records[1]);
        Assert.Equal(3, result.Records.Count(r => r.IsAggregate));
        Assert.Equal(
            [$"{Exports}index.json", $"{Exports}rankings-daily/2026-11-27.manifest.json", $"{Exports}rankings-daily/2026-11-27.csv"],
            _server.Requests.Select(r => r.PathAndQuery));
        Assert.All(_server.Requests, r => Assert.Null(r.Header("Authorization")));
    }

    [Fact]
    public async Task A_csv_that_does_not_match_its_manifest_is_refused_with_one_line_naming_it()
    {
        Latest("2026-11-27");
        Publish("2026-11-27", manifestSha: new string('a', 64));

        var result = await Fetcher.FetchOpenRouterExportsAsync(new DateOnly(2026, 11, 24), storedSnapshot: null);

        Assert.False(result.Succeeded);
        Assert.Empty(result.Records);
        Assert.StartsWith($"openrouter: {_server.BaseUrl}api/v1/datasets/exports/rankings-daily/2026-11-27.csv: refused, its SHA-256 ", result.Error);
        Assert.EndsWith($"does not match the manifest's {new string('a', 64)}", result.Error);
        Assert.DoesNotContain('\n', result.Error!);
    }

    [Fact]
    public async Task A_snapshot_already_stored_is_not_downloaded_again()
    {
        Latest("2026-11-27");
        Publish("2026-11-27");

        var result = await Fetcher.FetchOpenRouterExportsAsync(new DateOnly(2026, 11, 26), storedSnapshot: new DateOnly(2026, 11, 27));

        Assert.True(result.Succeeded, result.Error);
        Assert.Empty(result.Records);
        Assert.Equal([$"{Exports}index.json"], _server.Requests.Select(r => r.PathAndQuery));
    }

    [Fact]
    public async Task Older_snapshots_fill_the_days_before_the_newest_until_one_is_not_published()
    {
        Latest("2026-11-27");
        Publish("2026-11-27");
        Publish("2026-11-24", scale: 2);

        var result = await Fetcher.FetchOpenRouterExportsAsync(new DateOnly(2026, 11, 1), storedSnapshot: null);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(18, result.Records.Count);
        Assert.Equal(new DateOnly(2026, 11, 21), result.Records.Min(r => r.Day));
        Assert.Equal(2 * 1460529646933, result.Records.Single(r => r.Day == new DateOnly(2026, 11, 21) && r.Model == "anthropic/claude-opus-4.6").InputTokens);
        Assert.Contains("rankings-daily snapshot 2026-11-21 is not published", Assert.Single(result.Notes));
        Assert.Equal($"{Exports}rankings-daily/2026-11-21.manifest.json", _server.Requests[^1].PathAndQuery);
    }

    [Fact]
    public async Task A_missing_newest_snapshot_is_an_error_naming_the_file()
    {
        Latest("2026-11-27");

        var result = await Fetcher.FetchOpenRouterExportsAsync(new DateOnly(2026, 11, 24), storedSnapshot: null);

        Assert.Equal($"openrouter: {_server.BaseUrl}api/v1/datasets/exports/rankings-daily/2026-11-27.manifest.json answered HTTP 404 (Not Found)", result.Error);
    }
}
