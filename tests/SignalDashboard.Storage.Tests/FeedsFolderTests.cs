using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Bundled;
using SignalDashboard.TestSupport;

namespace SignalDashboard.Storage.Tests;

public sealed class FeedsFolderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static readonly Func<string, string?> NoEnvironment = _ => null;

    private string MakeFeeds(string under, params (string Name, string Json)[] files)
    {
        var feeds = Path.Combine(_temp.Path, under, "feeds");
        Directory.CreateDirectory(Path.Combine(feeds, "catalog"));
        foreach (var (name, json) in files)
            File.WriteAllText(Path.Combine(feeds, "catalog", name), json);
        return feeds;
    }

    private static string OneModel(string provider, string id) => $$"""
        { "format": "sigdash-catalog", "version": 1, "sources": [ { "key": "s", "name": "S" } ],
          "models": [ { "provider": "{{provider}}", "id": "{{id}}", "name": "{{id}}",
                        "prices": [ { "from": "2026-01-01", "dateKnown": "exact", "source": "s", "input": 1 } ] } ] }
        """;

    [Fact]
    public void The_environment_variable_wins()
    {
        var configured = MakeFeeds("configured");
        var app = Path.Combine(_temp.Path, "app");
        MakeFeeds("app");

        var located = FeedsFolder.Locate(name => name == "SIGDASH_FEEDS" ? configured : null, app);

        Assert.Equal(configured, located.Path);
    }

    [Fact]
    public void A_wrong_environment_variable_is_an_error_not_a_fallback()
    {
        MakeFeeds("app");
        var e = Assert.Throws<DirectoryNotFoundException>(() =>
            FeedsFolder.Locate(_ => "/no/such/feeds", Path.Combine(_temp.Path, "app")));
        Assert.Contains("SIGDASH_FEEDS=/no/such/feeds", e.Message);
    }

    [Fact]
    public void Feeds_beside_the_executable_come_next()
    {
        var beside = MakeFeeds("app");
        MakeFeeds(""); // one above too: not used
        Assert.Equal(beside, FeedsFolder.Locate(NoEnvironment, Path.Combine(_temp.Path, "app")).Path);
    }

    [Fact]
    public void Otherwise_the_nearest_feeds_catalog_above_the_executable()
    {
        var repo = MakeFeeds("repo");
        var bin = Path.Combine(_temp.Path, "repo", "src", "App", "bin", "Debug", "net10.0");
        Directory.CreateDirectory(bin);

        Assert.Equal(repo, FeedsFolder.Locate(NoEnvironment, bin).Path);
    }

    [SkippableFact]
    public void No_feeds_anywhere_says_where_it_looked()
    {
        var bin = Path.Combine(_temp.Path, "empty", "bin");
        Directory.CreateDirectory(bin);
        // The temp folder's ancestors hold no feeds/catalog (checked, so that this test means what it says).
        Skip.If(Ancestors(bin).Any(d => Directory.Exists(Path.Combine(d, "feeds", "catalog"))));

        var e = Assert.Throws<DirectoryNotFoundException>(() => FeedsFolder.Locate(NoEnvironment, bin));
        Assert.Contains(bin, e.Message);
        Assert.Contains("SIGDASH_FEEDS", e.Message);
    }

    [Fact]
    public void Load_catalog_merges_every_json_file_sorted_by_name()
    {
        var feeds = MakeFeeds("f", ("b.json", OneModel("p", "two")), ("a.json", OneModel("p", "one")), ("notes.txt", "ignored"));
        var folder = new FeedsFolder(feeds);

        Assert.Equal(["a.json", "b.json"], folder.CatalogFiles().Select(Path.GetFileName));
        Assert.Equal([new ModelKey("p", "one"), new ModelKey("p", "two")], folder.LoadCatalog().Models.Select(m => m.Key));
    }

    [Fact]
    public void Broken_json_is_reported_with_the_file()
    {
        var feeds = MakeFeeds("f", ("a.json", OneModel("p", "one")), ("b.json", "{ \"format\": \"sigdash-catalog\", "));
        var e = Assert.Throws<CatalogFormatException>(() => new FeedsFolder(feeds).LoadCatalog());

        Assert.Equal(Path.Combine(feeds, "catalog", "b.json"), e.File);
        Assert.StartsWith(Path.Combine(feeds, "catalog", "b.json") + ":", e.Message);
    }

    [Fact]
    public void A_model_in_two_files_is_reported_with_both()
    {
        var feeds = MakeFeeds("f", ("a.json", OneModel("p", "one")), ("b.json", OneModel("p", "one")));
        var e = Assert.Throws<CatalogFormatException>(() => new FeedsFolder(feeds).LoadCatalog());

        Assert.Contains("b.json", e.File);
        Assert.Contains("a.json", e.Message);
    }

    [Fact]
    public void A_missing_catalog_folder_is_reported()
    {
        var e = Assert.Throws<DirectoryNotFoundException>(() => new FeedsFolder(_temp.File("nothing")).LoadCatalog());
        Assert.Contains(Path.Combine(_temp.File("nothing"), "catalog"), e.Message);
    }

    private static IEnumerable<string> Ancestors(string path)
    {
        for (var dir = new DirectoryInfo(path); dir is not null; dir = dir.Parent)
            yield return dir.FullName;
    }
}
