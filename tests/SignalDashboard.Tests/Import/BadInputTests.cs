using System.Text;
using SignalDashboard.Tests.Cli;

namespace SignalDashboard.Tests.Import;

/// <summary>
/// A file that is not a catalog — an HTML page, nothing, a truncated download, JSON of another shape,
/// malformed JSON, a missing file, a folder — fails the import with exit 1 and one stderr line naming the file and
/// the position or the reason, and leaves the store's bytes as they were.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TestCli _cli = new();

    /// <summary>A store with one good import, closed: its files exist and hold something.</summary>
    private SortedDictionary<string, string> ExistingStore()
    {
        var good = _cli.File("good.json");
        File.WriteAllText(good, """[{"id":"acme","models":[{"id":"m1","prices":{"input_mtok":1,"output_mtok":2}}]}]""");
        var run = _cli.Run("catalog", "import", good, "--as-of", "2026-01-10");
        Assert.True(run.ExitCode == 0, run.ToString());
        var hashes = StoreFiles.Hashes(_cli);
        Assert.Contains("signals.db", hashes.Keys);
        Assert.DoesNotContain(hashes.Keys, name => name.Contains("-log", StringComparison.Ordinal));
        return hashes;
    }

    /// <summary>Imports <paramref name="path"/> into the existing store: exit 1, one line naming it; the store untouched.</summary>
    private string FailsLeavingTheStore(string path, params string[] extraArgs)
    {
        var before = ExistingStore();
        var events = EventsJson.Text(_cli);
        var after = StoreFiles.Hashes(_cli);
        Assert.Equal(before, after); // listing does not write: the comparison below means something

        var line = _cli.Run(["catalog", "import", path, "--as-of", "2026-02-10", .. extraArgs]).AssertFailsWithOneLine(1);

        Assert.StartsWith($"sigdash: {path}: ", line);
        Assert.Equal(before, StoreFiles.Hashes(_cli));
        Assert.Equal(events, EventsJson.Text(_cli));
        return line;
    }

    private string Write(string name, string content)
    {
        var path = _cli.File(name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void An_html_error_page()
    {
        var path = Write("data.json", "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head><body><h1>502</h1></body></html>\n");

        var line = FailsLeavingTheStore(path);

        Assert.Contains(": line 1: an HTML page, not JSON", line);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t\n")]
    [InlineData("\uFEFF")]
    public void An_empty_file(string content)
    {
        var path = Write("empty.json", content);

        var line = FailsLeavingTheStore(path);

        Assert.Contains(": line 1: empty file", line);
    }

    [Fact]
    public void A_truncated_download()
    {
        var path = Write("cut.json", "[{\"id\":\"acme\",\n \"models\":[{\"id\":\"m1\",\n   \"prices\":{\"input_mtok\":1,\"output_mt");

        var line = FailsLeavingTheStore(path);

        Assert.Contains(": line 3, position ", line);
        Assert.Contains("truncated", line);
    }

    [SkippableFact]
    public void A_real_catalog_cut_in_half()
    {
        var real = File.ReadAllText(GenaiSnapshots.File("2026-07-15"));
        var half = real[..(real.Length / 2)];
        var path = Write("data-half.json", half);

        var line = FailsLeavingTheStore(path);

        // The file is one line of minified JSON: the reader stops at its end (positions count UTF-8 bytes from 1).
        Assert.Contains($": line 1, position {Encoding.UTF8.GetByteCount(half) + 1}: ", line);
        Assert.EndsWith("the JSON ends early: the file or download is truncated", line);
    }

    [Fact]
    public void Malformed_json_names_the_line_and_position()
    {
        var path = Write("broken.json", "[{\"id\":\"acme\",\n \"models\":[{\"id\":\"m1\",\n   \"prices\":{\"input_mtok\":1,,\"output_mtok\":2}}]}]\n");

        var line = FailsLeavingTheStore(path);

        Assert.Contains(": line 3, position 29: not valid JSON", line);
    }

    [Theory]
    [InlineData("""{"hello":"world"}""", "not a known catalog format")]
    [InlineData("[1,2,3]", "not a known catalog format")]
    [InlineData("[]", "an empty array")]
    [InlineData("42", "not a known catalog format")]
    [InlineData("""{"error":{"message":"Rate limit exceeded"}}""", "an error response, not a catalog (Rate limit exceeded)")]
    public void Json_that_is_not_a_catalog(string content, string reason)
    {
        var path = Write("other.json", content);

        var line = FailsLeavingTheStore(path);

        Assert.Contains(": $: ", line);
        Assert.Contains(reason, line);
    }

    [Fact]
    public void A_catalog_with_a_bad_value_names_its_json_path()
    {
        var path = Write("bad-price.json", """[{"id":"acme","models":[{"id":"m1","prices":{"input_mtok":1}},{"id":"m2","prices":{"input_mtok":"cheap"}}]}]""");

        var line = FailsLeavingTheStore(path);

        Assert.Contains(": $[0].models[1].prices.input_mtok: ", line);
        Assert.Contains("cheap", line);
    }

    [Fact]
    public void A_named_format_that_does_not_fit()
    {
        var path = Write("genai.json", """[{"id":"acme","models":[{"id":"m1","prices":{"input_mtok":1}}]}]""");

        var line = FailsLeavingTheStore(path, "--format", "openrouter");

        Assert.Contains(": $: ", line);
    }

    [Fact]
    public void A_missing_file()
    {
        var path = _cli.File("no-such-catalog.json");

        var line = FailsLeavingTheStore(path);

        Assert.Equal($"sigdash: {path}: file: no such file", line);
    }

    [Fact]
    public void A_folder()
    {
        var path = _cli.File("a-folder");
        Directory.CreateDirectory(path);

        var line = FailsLeavingTheStore(path);

        Assert.Equal($"sigdash: {path}: file: is a folder, not a catalog file", line);
    }

    [Fact]
    public void A_failed_first_import_creates_no_store()
    {
        var path = Write("data.json", "<html>Service Unavailable</html>");

        _cli.Run("catalog", "import", path).AssertFailsWithOneLine(1);

        Assert.False(File.Exists(_cli.DefaultStore), "a failed import created the store");
    }

    public void Dispose() => _cli.Dispose();
}
