using System.IO.Compression;
using System.Text;
using SignalDashboard.Core.Catalog.History;
using SignalDashboard.Core.Catalog.Import;

namespace SignalDashboard.Core.Tests.Catalog.History;

/// <summary>A damaged bundled history fails whole, naming the file, the place and the reason.</summary>
public sealed class GenaiPricesHistoryReaderErrorTests
{
    private const string Origin = "feeds/catalog/history/genai-prices.json.gz";

    private const string Good = """
        {"format": "sigdash-genai-prices-history", "version": 1, "source": "genai-prices", "upstream": "u", "licence": "MIT",
        "days": [
        {"day":"2026-01-01","commit":"c1","file":"prices/data.json"},
        {"day":"2026-01-02","commit":"c2","file":"prices/data.json"}
        ],
        "skipped": [],
        "models": [
        {"provider":"p","model":"m","versions":[{"from":"2026-01-01","to":"2026-01-02","prices":{"input_mtok":1}}]}
        ]}
        """;

    private static CatalogImportException Error(string json) => Error(Encoding.UTF8.GetBytes(json));

    private static CatalogImportException Error(byte[] bytes) =>
        Assert.Throws<CatalogImportException>(() => GenaiPricesHistoryReader.Read(bytes, Origin));

    [Fact]
    public void The_good_file_reads()
    {
        var history = GenaiPricesHistoryReader.Read(Encoding.UTF8.GetBytes(Good), Origin);

        Assert.Equal(2, history.Snapshots().Count);
    }

    [Theory]
    [InlineData("\"input_mtok\":1", "\"input_mtok\":-1", "$.models[0].versions[0].prices.input_mtok", "a price cannot be negative (-1)")]
    [InlineData("\"to\":\"2026-01-02\"", "\"to\":\"2026-01-03\"", "$.models[0].versions[0].to", "2026-01-03 is not one of the as-of days")]
    [InlineData("{\"day\":\"2026-01-02\"", "{\"day\":\"2025-12-31\"", "$.days[1].day", "as-of days must increase: 2025-12-31 comes after 2026-01-01")]
    [InlineData("\"version\": 1", "\"version\": 2", "$.version", "version 2 was written by a newer sigdash (this one reads version 1)")]
    [InlineData("sigdash-genai-prices-history", "something-else", "$.format", "expected \"sigdash-genai-prices-history\", found a string (\"something-else\"): not a genai-prices history")]
    [InlineData("\"model\":\"m\",", "\"model\":\"\",", "$.models[0].model", "expected a non-empty string, found \"\"")]
    [InlineData("\"prices\":{\"input_mtok\":1}", "\"prices\":\"free\"", "$.models[0].versions[0].prices", "expected an object or an array, found a string (\"free\")")]
    public void A_bad_value_names_its_JSON_path(string find, string replace, string position, string reason)
    {
        var error = Error(Good.Replace(find, replace, StringComparison.Ordinal));

        Assert.Equal((Origin, position, reason), (error.Origin, error.Position, error.Reason));
        Assert.StartsWith($"{Origin}: {position}: ", error.Message);
    }

    [Fact]
    public void A_model_listed_twice_or_versions_that_overlap_are_refused()
    {
        var twice = Good.Replace("1}}]}\n]}", "1}}]},\n{\"provider\":\"p\",\"model\":\"m\",\"versions\":[{\"from\":\"2026-01-01\",\"to\":\"2026-01-01\",\"prices\":{}}]}\n]}", StringComparison.Ordinal);
        var overlap = Good.Replace("\"prices\":{\"input_mtok\":1}}]", "\"prices\":{\"input_mtok\":1}},{\"from\":\"2026-01-02\",\"to\":\"2026-01-02\",\"prices\":{}}]", StringComparison.Ordinal);

        Assert.Equal(("$.models[1]", "p m is listed twice"), (Error(twice).Position, Error(twice).Reason));
        Assert.Equal("$.models[0].versions[1].from", Error(overlap).Position);
    }

    [Fact]
    public void Malformed_JSON_inside_the_gzip_gives_the_line_and_position_of_the_JSON()
    {
        var error = Error(Gzip(Good.Replace("\"commit\":\"c2\",", "\"commit\":\"c2\"", StringComparison.Ordinal)));

        Assert.Equal("line 4, position 34", error.Position); // the '"' of "file", where a comma was expected
        Assert.StartsWith("not valid JSON", error.Reason);
    }

    [Fact]
    public void Damaged_or_truncated_gzip_data_is_named_not_read_as_a_shorter_history()
    {
        var gz = Gzip(Good);
        var damaged = (byte[])gz.Clone();
        damaged[gz.Length / 2] ^= 0xFF;
        var truncated = gz[..(gz.Length - 12)];
        var badChecksum = (byte[])gz.Clone();
        badChecksum[^6] ^= 0xFF; // the CRC-32 of the trailer

        foreach (var bytes in new[] { damaged, truncated, badChecksum })
        {
            var error = Error(bytes);
            Assert.Equal(Origin, error.Origin);
            Assert.True(error.Position.StartsWith("compressed byte ", StringComparison.Ordinal) || error.Reason.Contains("ends early", StringComparison.Ordinal),
                $"{error.Position}: {error.Reason}");
        }
    }

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
            gzip.Write(Encoding.UTF8.GetBytes(text));
        return buffer.ToArray();
    }
}
