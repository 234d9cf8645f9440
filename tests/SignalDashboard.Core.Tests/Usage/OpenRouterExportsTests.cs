using System.Security.Cryptography;
using System.Text;
using SignalDashboard.Core.Usage;

namespace SignalDashboard.Core.Tests.Usage;

/// <summary>
/// The readers of OpenRouter's public dataset exports, on bodies in the shape OpenRouter publishes them (index.json,
/// a dated manifest, a rankings-daily CSV with CRLF line ends and an <c>other</c> row per day).
/// </summary>
public sealed class OpenRouterExportsTests
{
    internal const string Index = """
        {
          "schema_version": "v1",
          "updated_at": "2026-11-27T01:46:12.118Z",
          "update_cadence": "daily",
          "license": { "name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/" },
          "attribution": "Source: OpenRouter (openrouter.ai), licensed under CC BY 4.0: reuse and republish with attribution to OpenRouter.",
          "readme_url": "https://openrouter.ai/api/v1/datasets/exports/README.md",
          "license_url": "https://openrouter.ai/api/v1/datasets/exports/LICENSE",
          "datasets": [
            { "id": "benchmark-runs", "title": "OpenRouter benchmark runs", "latest_snapshot_date": "2026-11-27",
              "latest_manifest_url": "https://openrouter.ai/api/v1/datasets/exports/benchmark-runs/latest.manifest.json" },
            { "id": "rankings-daily", "title": "OpenRouter model rankings, daily token share", "latest_snapshot_date": "2026-11-27",
              "latest_manifest_url": "https://openrouter.ai/api/v1/datasets/exports/rankings-daily/latest.manifest.json" }
          ]
        }
        """;

    internal static readonly string Csv = string.Join("\r\n",
        "date,model_permaslug,rank,total_tokens,share_of_daily_tokens",
        "2026-11-25,deepseek/deepseek-v4.1-flash-20260910,1,3491740784985,0.62",
        "2026-11-25,anthropic/claude-opus-4.6,2,1460529646933,0.26",
        "2026-11-25,other,,685972498074,0.12",
        "2026-11-26,deepseek/deepseek-v4.1-flash-20260910,1,3549428106767,0.64",
        "2026-11-26,anthropic/claude-opus-4.6,2,1340271290700,0.24",
        "2026-11-26,other,,672539410375,0.12") + "\r\n";

    /// <summary>A manifest of <paramref name="csv"/> in the published shape, its size and SHA-256 computed from the bytes.</summary>
    internal static string Manifest(string date, byte[] csv, long rows, string? sha256 = null) => $$"""
        {
          "dataset": "rankings-daily",
          "schema_version": "v1",
          "snapshot_date": "{{date}}",
          "retrieved_at": "{{date}}T01:46:15.433Z",
          "row_count": {{rows}},
          "update_cadence": "daily",
          "license": { "name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/" },
          "attribution": "Source: OpenRouter (openrouter.ai), licensed under CC BY 4.0: reuse and republish with attribution to OpenRouter.",
          "readme_url": "https://openrouter.ai/api/v1/datasets/exports/README.md",
          "files": {
            "csv": { "url": "https://openrouter.ai/api/v1/datasets/exports/rankings-daily/{{date}}.csv", "encoding_format": "text/csv",
                     "bytes": {{csv.Length}}, "sha256": "{{sha256 ?? Convert.ToHexStringLower(SHA256.HashData(csv))}}" },
            "json": { "url": "https://openrouter.ai/api/v1/datasets/exports/rankings-daily/{{date}}.json", "encoding_format": "application/json",
                      "bytes": 318071, "sha256": "cf1b393a5027ccb7f9d3cb6a10bf64168261400e4b74d1e6832e54c651c41db4" }
          },
          "latest": {
            "csv": "https://openrouter.ai/api/v1/datasets/exports/rankings-daily/latest.csv",
            "json": "https://openrouter.ai/api/v1/datasets/exports/rankings-daily/latest.json",
            "manifest": "https://openrouter.ai/api/v1/datasets/exports/rankings-daily/latest.manifest.json"
          }
        }
        """;

    [Fact]
    public void The_index_gives_each_dataset_and_its_newest_snapshot()
    {
        var datasets = OpenRouterExports.ReadIndex(Index, "index.json");

        Assert.Equal(["benchmark-runs", "rankings-daily"], datasets.Select(d => d.Id));
        Assert.Equal(new DateOnly(2026, 11, 27), datasets[1].LatestSnapshotDate);
    }

    [Fact]
    public void A_manifest_gives_the_csv_size_and_checksum()
    {
        var csv = Encoding.ASCII.GetBytes(Csv);

        var manifest = OpenRouterExports.ReadManifest(Manifest("2026-11-27", csv, 6), "2026-11-27.manifest.json");

        Assert.Equal("rankings-daily", manifest.Dataset);
        Assert.Equal(new DateOnly(2026, 11, 27), manifest.SnapshotDate);
        Assert.Equal(6, manifest.RowCount);
        Assert.Equal(csv.Length, manifest.Csv.Bytes);
        Assert.Null(OpenRouterExports.ChecksumMismatch(csv, manifest.Csv));
    }

    [Fact]
    public void A_file_changed_by_one_byte_does_not_match_its_manifest()
    {
        var csv = Encoding.ASCII.GetBytes(Csv);
        var manifest = OpenRouterExports.ReadManifest(Manifest("2026-11-27", csv, 6), "m");
        var tampered = (byte[])csv.Clone();
        tampered[^5] = (byte)'9';

        var reason = OpenRouterExports.ChecksumMismatch(tampered, manifest.Csv);

        Assert.NotNull(reason);
        Assert.Contains("does not match the manifest's " + manifest.Csv.Sha256, reason);
    }

    [Fact]
    public void The_rankings_csv_gives_one_record_per_model_and_day_and_other_as_the_aggregate()
    {
        var records = OpenRouterExports.ReadRankingsCsv(Csv, "2026-11-27.csv", expectedRows: 6);

        Assert.Equal(6, records.Count);
        Assert.Equal(new UsageRecord("openrouter", "anthropic/claude-opus-4.6", new DateOnly(2026, 11, 25), 1460529646933, 0, 0, 0), records[1]);
        var other = records[2];
        Assert.Equal(UsageRecord.OtherModels, other.Model);
        Assert.True(other.IsAggregate);
        Assert.Equal(685972498074, other.TotalTokens);
        Assert.DoesNotContain(records, r => r.Model == "other");
    }

    [Theory]
    [InlineData("date,model_permaslug,rank,share_of_daily_tokens\r\n", "line 1: missing column \"total_tokens\"")]
    [InlineData("date,model_permaslug,rank,total_tokens,share_of_daily_tokens\r\n2026-11-25,x/y,1,12e9,0.1\r\n", "line 2: total_tokens: expected a whole non-negative number, found \"12e9\"")]
    [InlineData("date,model_permaslug,rank,total_tokens,share_of_daily_tokens\r\n25/11/2026,x/y,1,5,0.1\r\n", "line 2: date: expected YYYY-MM-DD")]
    [InlineData("date,model_permaslug,rank,total_tokens,share_of_daily_tokens\r\n2026-11-25,x/y,1,5\r\n", "line 2: expected 5 cells, found 4")]
    [InlineData("date,model_permaslug,rank,total_tokens,share_of_daily_tokens\r\n2026-11-25,x/y,1,5,0.1\r\n2026-11-25,x/y,1,6,0.1\r\n", "line 3: x/y on 2026-11-25 appears twice")]
    public void A_bad_csv_names_the_file_and_the_line(string csv, string reason)
    {
        var error = Assert.Throws<UsageFormatException>(() => OpenRouterExports.ReadRankingsCsv(csv, "2026-11-27.csv"));

        Assert.StartsWith("2026-11-27.csv: ", error.Message);
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void A_csv_with_fewer_rows_than_its_manifest_says_is_refused()
    {
        var error = Assert.Throws<UsageFormatException>(() => OpenRouterExports.ReadRankingsCsv(Csv, "2026-11-27.csv", expectedRows: 1530));

        Assert.Equal("2026-11-27.csv: 6 rows, the manifest says 1530", error.Message);
    }

    [Theory]
    [InlineData("\"schema_version\": \"v1\"", "\"schema_version\": \"v2\"", "$.schema_version: \"v2\" is not the schema sigdash reads (v1)")]
    [InlineData("\"sha256\": \"", "\"sha256\": \"zz", "$.files.csv.sha256: expected 64 hex digits")]
    [InlineData("\"row_count\": 6", "\"row_count\": \"6\"", "$.row_count: expected a number, found \"6\"")]
    public void A_manifest_of_another_shape_is_refused_with_its_json_path(string from, string to, string reason)
    {
        var manifest = Manifest("2026-11-27", Encoding.ASCII.GetBytes(Csv), 6);
        var index = manifest.IndexOf(from, StringComparison.Ordinal);
        var changed = manifest[..index] + to + manifest[(index + from.Length)..];

        var error = Assert.Throws<UsageFormatException>(() => OpenRouterExports.ReadManifest(changed, "2026-11-27.manifest.json"));

        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void The_attribution_carries_the_date_of_the_data()
    {
        Assert.Equal("Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-27. CC BY 4.0.",
            UsageAttribution.OpenRouter(new DateOnly(2026, 11, 27)));
        Assert.Equal(UsageAttribution.OpenRouter(new DateOnly(2026, 11, 27)), UsageAttribution.For("OpenRouter", new DateOnly(2026, 11, 27)));
        Assert.Null(UsageAttribution.For("openai", new DateOnly(2026, 11, 27)));
    }
}
