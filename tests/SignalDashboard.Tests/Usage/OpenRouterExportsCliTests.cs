using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SignalDashboard.Composition;
using SignalDashboard.Tests.Cli;
using SignalDashboard.Tests.Feeds;
using SignalDashboard.TestSupport.Loopback;

namespace SignalDashboard.Tests.Usage;

/// <summary>
/// <c>sigdash usage fetch --source openrouter</c> with no key: OpenRouter's public dataset exports, played by a
/// Kestrel server on 127.0.0.1 (<c>SIGDASH_USAGE_URL_OPENROUTER</c>) with the published shapes — index.json, dated
/// manifests with SHA-256, CRLF CSVs of a trailing window of days (trimmed to three here) with an <c>other</c> row.
/// </summary>
public sealed class OpenRouterExportsCliTests : IAsyncLifetime
{
    private const string Exports = "/api/v1/datasets/exports/";
    private FeedHarness _feeds = null!;

    public async Task InitializeAsync() =>
        _feeds = await FeedHarness.StartAsync(new FeedSetup([UsageSync.UrlVariablePrefix + "OPENROUTER"]));

    public async Task DisposeAsync() => await _feeds.DisposeAsync();

    private CliRun Run(params string[] args) => _feeds.Run(args);

    private static string Csv(DateOnly firstDay) =>
        "date,model_permaslug,rank,total_tokens,share_of_daily_tokens\r\n" + string.Concat(Enumerable.Range(0, 3).Select(i =>
        {
            var day = firstDay.AddDays(i).ToString("yyyy-MM-dd");
            return $"{day},deepseek/deepseek-v4.1-flash-20260910,1,{3491740784985 + i},0.62\r\n" +
                   $"{day},anthropic/claude-opus-4.6,2,{1460529646933 - i * 1000},0.26\r\n" +
                   $"{day},other,,{685972498074 + i},0.12\r\n";
        }));

    private void Latest(string date) => _feeds.Server.Route(Exports + "index.json", LoopbackReply.Ok($$$"""
        {"schema_version":"v1","updated_at":"{{{date}}}T01:46:15.433Z","update_cadence":"daily",
         "license":{"name":"CC BY 4.0","url":"https://creativecommons.org/licenses/by/4.0/"},
         "attribution":"Source: OpenRouter (openrouter.ai), licensed under CC BY 4.0: reuse and republish with attribution to OpenRouter.",
         "readme_url":"https://openrouter.ai/api/v1/datasets/exports/README.md","license_url":"https://openrouter.ai/api/v1/datasets/exports/LICENSE",
         "datasets":[{"id":"rankings-daily","title":"OpenRouter model rankings, daily token share","latest_snapshot_date":"{{{date}}}",
                      "latest_manifest_url":"https://openrouter.ai/api/v1/datasets/exports/rankings-daily/latest.manifest.json"}]}
        """));

    /// <summary>Publishes a snapshot dated <paramref name="date"/> holding the three days before it; a wrong checksum when asked.</summary>
    private void Publish(string date, string? manifestSha = null)
    {
        var csv = Csv(DateOnly.Parse(date).AddDays(-3));
        var bytes = Encoding.ASCII.GetBytes(csv);
        _feeds.Server.Route($"{Exports}rankings-daily/{date}.csv", LoopbackReply.Ok(csv, "text/csv; charset=utf-8"));
        _feeds.Server.Route($"{Exports}rankings-daily/{date}.manifest.json", LoopbackReply.Ok($$$"""
            {"dataset":"rankings-daily","schema_version":"v1","snapshot_date":"{{{date}}}","retrieved_at":"{{{date}}}T01:46:15.433Z","row_count":9,
             "update_cadence":"daily","license":{"name":"CC BY 4.0","url":"https://creativecommons.org/licenses/by/4.0/"},
             "attribution":"Source: OpenRouter (openrouter.ai), licensed under CC BY 4.0: reuse and republish with attribution to OpenRouter.",
             "readme_url":"https://openrouter.ai/api/v1/datasets/exports/README.md",
             "files":{"csv":{"url":"https://openrouter.ai/api/v1/datasets/exports/rankings-daily/{{{date}}}.csv","encoding_format":"text/csv","bytes":{{{bytes.Length}}},
                             "sha256":"{{{manifestSha ?? Convert.ToHexStringLower(SHA256.HashData(bytes))}}}"}},
             "latest":{"manifest":"https://openrouter.ai/api/v1/datasets/exports/rankings-daily/latest.manifest.json"}}
            """));
    }

    private JsonElement Sources() => JsonDocument.Parse(_feeds.Cli.Run("usage", "sources", "--format", "json").Out).RootElement;

    [Fact]
    public void Without_a_key_the_exports_are_stored_with_other_as_an_aggregate_and_the_dated_attribution()
    {
        Latest("2026-11-27");
        Publish("2026-11-27");
        Publish("2026-11-24");

        var run = Run("usage", "fetch", "--source", "openrouter");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
            "openrouter: 2026-08-30 … 2026-11-27, 6 file(s) of the public exports (snapshot 2026-11-27): 18 new, 0 replaced\n" +
            "openrouter: note: rankings-daily snapshot 2026-11-21 is not published: the days before 2026-11-21 are not in the exports\n" +
            "Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-27. CC BY 4.0.\n",
            run.Out);
        Assert.All(_feeds.Server.Requests, r => Assert.Null(r.Header("Authorization")));
        var source = Sources()[0];
        Assert.Equal(18, source.GetProperty("rows").GetInt32());
        Assert.Equal(3, source.GetProperty("models").GetInt32()); // two models and the aggregate
        Assert.Equal("Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-27. CC BY 4.0.", source.GetProperty("attribution").GetString());
        Assert.EndsWith("Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-27. CC BY 4.0.\n", _feeds.Cli.Run("usage", "sources").Out);
    }

    [Fact]
    public void The_next_fetch_downloads_only_what_is_new_and_a_bad_checksum_keeps_the_stored_data()
    {
        Latest("2026-11-27");
        Publish("2026-11-27");
        Assert.Equal(0, Run("usage", "fetch", "--source", "openrouter").ExitCode);
        var before = _feeds.Server.Requests.Count;

        var again = Run("usage", "fetch", "--source", "openrouter");

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal([Exports + "index.json"], _feeds.Server.Requests.Skip(before).Select(r => r.Path));
        Assert.Contains("openrouter: 2026-11-26 … 2026-11-27, 1 file(s) of the public exports (snapshot 2026-11-27): 0 new, 0 replaced", again.Out);

        Latest("2026-11-28");
        Publish("2026-11-28", manifestSha: new string('0', 64));
        var rows = Sources()[0].GetProperty("rows").GetInt32();

        var refused = Run("usage", "fetch", "--source", "openrouter");

        Assert.Equal(1, refused.ExitCode);
        var line = Assert.Single(refused.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"openrouter: failed, stored data kept: openrouter: {_feeds.Server.BaseUrl}api/v1/datasets/exports/rankings-daily/2026-11-28.csv: refused, its SHA-256 ", line);
        Assert.EndsWith($"does not match the manifest's {new string('0', 64)}", line);
        Assert.Equal(rows, Sources()[0].GetProperty("rows").GetInt32());
        Assert.Equal("Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-27. CC BY 4.0.", Sources()[0].GetProperty("attribution").GetString());
    }

    [Fact]
    public void The_elasticity_of_openrouter_usage_carries_the_dated_attribution()
    {
        Latest("2026-11-27");
        Publish("2026-11-27");
        Assert.Equal(0, Run("usage", "fetch", "--source", "openrouter").ExitCode);

        var table = _feeds.Cli.Run("elasticity", "--source", "openrouter", "--index", "model", "--model", "anthropic/claude-opus-4-6");

        Assert.Contains("openrouter — Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-27. CC BY 4.0.", table.Out);
    }
}
