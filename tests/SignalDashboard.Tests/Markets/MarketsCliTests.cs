using System.Text.Json;
using SignalDashboard.Core.Markets;
using SignalDashboard.TestSupport;
using SignalDashboard.Tests.Cli;

namespace SignalDashboard.Tests.Markets;

/// <summary>sigdash markets list|series and feeds import, in process over a temp store (clock 2026-11-27).</summary>
public sealed class MarketsCliTests : IDisposable
{
    private const string StooqNvda = """
        Date,Open,High,Low,Close,Volume
        2026-11-16,186.9,189.4,185.2,188.75,182345600
        2026-11-17,188.1,190.2,186.0,186.52,171002300
        2026-11-18,186.0,187.9,183.1,184.1,201554000
        2026-11-19,184.5,191.3,184.0,190.66,254310900
        2026-11-20,190.0,191.0,185.7,186.2,233190400
        2026-11-23,185.9,188.8,185.1,187.97,160220100
        2026-11-24,188.3,189.9,186.4,189.14,149870500
        2026-11-25,189.0,192.6,188.2,191.85,176543200
        2026-11-26,191.5,193.0,190.1,192.4,121098700
        """;

    private readonly TestCli _cli = new();

    public void Dispose() => _cli.Dispose();

    private static IReadOnlyList<string> DefinedSymbols() =>
        ReaderFiles.Load(Path.Combine(RepoPaths.Feeds, AssetCatalogReader.RelativePath), AssetCatalogReader.Read).Assets.Select(a => a.Symbol).ToList();

    private static List<JsonElement> Rows(CliRun run)
    {
        Assert.True(run.ExitCode == 0, run.ToString());
        using var doc = JsonDocument.Parse(run.Out);
        return doc.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }

    private string WriteStooq()
    {
        var path = _cli.File("nvda_us_d.csv");
        File.WriteAllText(path, StooqNvda.Replace("\n", "\r\n"));
        return path;
    }

    [Fact]
    public void List_on_a_fresh_store_labels_every_defined_asset_DEMO()
    {
        var rows = Rows(_cli.Run("markets", "list", "--format", "json"));

        Assert.Equal(DefinedSymbols(), rows.Select(r => r.GetProperty("symbol").GetString()!).ToList());
        Assert.All(rows, r =>
        {
            Assert.True(r.GetProperty("demo").GetBoolean());
            Assert.Equal("demo", r.GetProperty("provider").GetString());
            Assert.True(r.GetProperty("price").GetDecimal() > 0);
            Assert.Equal("2026-11-27T00:00:00Z", r.GetProperty("last").GetString());
        });

        var table = _cli.Run("markets", "list");
        Assert.Equal(0, table.ExitCode);
        foreach (var symbol in DefinedSymbols())
            Assert.Contains("DEMO", table.Out.Split('\n').Single(l => l.StartsWith(symbol + " ", StringComparison.Ordinal)));

        var csv = _cli.Run("markets", "list", "--format", "csv");
        var lines = csv.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",demo", lines[0]);
        Assert.All(lines.Skip(1), l => Assert.EndsWith(",true", l));
    }

    [Fact]
    public void Demo_prices_are_deterministic_across_fresh_stores()
    {
        using var other = new TestCli();
        var first = _cli.Run("markets", "list", "--format", "json");
        var second = other.Run("markets", "list", "--format", "json");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Out, second.Out);
        Assert.Equal(first.Out, _cli.Run("markets", "list", "--format", "json").Out);
    }

    [Fact]
    public void Stooq_import_replaces_only_NVDA_demo_data()
    {
        Assert.Equal(0, _cli.Run("markets", "list").ExitCode);

        var import = _cli.Run("feeds", "import", WriteStooq(), "--asset", "NVDA");

        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.StartsWith("NVDA: 9 daily points from stooq (9 added, 0 replaced", import.Out);
        Assert.Equal(1, import.Out.Count(c => c == '\n'));
        var rows = Rows(_cli.Run("markets", "list", "--format", "json"));
        var nvda = rows.Single(r => r.GetProperty("symbol").GetString() == "NVDA");
        Assert.Equal("stooq", nvda.GetProperty("provider").GetString());
        Assert.False(nvda.GetProperty("demo").GetBoolean());
        Assert.Equal(192.4m, nvda.GetProperty("price").GetDecimal());
        Assert.All(rows.Where(r => r.GetProperty("symbol").GetString() != "NVDA"), r => Assert.True(r.GetProperty("demo").GetBoolean()));
        Assert.Contains("LIVE-stooq", _cli.Run("markets", "list").Out.Split('\n').Single(l => l.StartsWith("NVDA ", StringComparison.Ordinal)));

        var again = _cli.Run("feeds", "import", WriteStooq(), "--asset", "nvda");
        Assert.Equal("NVDA: 9 daily points from stooq (0 added, 0 replaced)\n", again.Out);
    }

    [Fact]
    public void Series_from_to_returns_the_stored_points_in_range()
    {
        Assert.Equal(0, _cli.Run("feeds", "import", WriteStooq(), "--asset", "NVDA").ExitCode);

        var run = _cli.Run("markets", "series", "NVDA", "--from", "2026-11-18", "--to", "2026-11-20", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var doc = JsonDocument.Parse(run.Out);
        Assert.Equal("stooq", doc.RootElement.GetProperty("provider").GetString());
        Assert.False(doc.RootElement.GetProperty("demo").GetBoolean());
        var points = doc.RootElement.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(["2026-11-18T00:00:00Z", "2026-11-19T00:00:00Z", "2026-11-20T00:00:00Z"], points.Select(p => p.GetProperty("time").GetString()).ToList());
        Assert.Equal([184.1m, 190.66m, 186.2m], points.Select(p => p.GetProperty("price").GetDecimal()).ToList());
        Assert.Equal(186.2m * 233190400m, points[2].GetProperty("volume").GetDecimal());
    }

    [Fact]
    public void Series_of_demo_data_is_labelled_DEMO()
    {
        var table = _cli.Run("markets", "series", "AMD", "--from", "2026-11-25");
        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.StartsWith("AMD day from DEMO, 3 points\n", table.Out);

        var csv = _cli.Run("markets", "series", "RENDER", "--interval", "hour", "--from", "2026-11-27", "--format", "csv");
        var lines = csv.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("asset,interval,provider,demo,time,price,volume,open", lines[0]);
        Assert.Equal(24, lines.Length - 1);
        Assert.All(lines.Skip(1), l => Assert.StartsWith("RENDER,hour,demo,true,", l));
    }

    [Theory]
    [InlineData("Access denied")]
    [InlineData("No data")]
    [InlineData("Date,Open,High,Low,Close,Volume\n2026-11-25,1,2,0.5,N/D,100\n")]
    public void Bad_file_exits_1_and_leaves_the_store_unchanged(string body)
    {
        var before = _cli.Run("markets", "list", "--format", "json").Out;
        var path = _cli.File("bad.csv");
        File.WriteAllText(path, body);

        var run = _cli.Run("feeds", "import", path, "--asset", "NVDA");

        var line = run.AssertFailsWithOneLine(1);
        Assert.Contains(path, line);
        Assert.Equal("", run.Out);
        Assert.Equal(before, _cli.Run("markets", "list", "--format", "json").Out);
    }

    [Fact]
    public void Missing_file_exits_1()
    {
        var run = _cli.Run("feeds", "import", _cli.File("nowhere.csv"), "--asset", "NVDA");
        Assert.Contains("nowhere.csv", run.AssertFailsWithOneLine(1));
    }

    [Fact]
    public void Unknown_asset_exits_2_listing_the_known_symbols()
    {
        var line = _cli.Run("markets", "series", "XYZ").AssertFailsWithOneLine(2);
        Assert.Contains("XYZ", line);
        Assert.All(DefinedSymbols(), s => Assert.Contains(s, line));

        _cli.Run("feeds", "import", WriteStooq(), "--asset", "XYZ").AssertFailsWithOneLine(2);
    }

    [Fact]
    public void Import_without_an_asset_the_file_does_not_name_is_a_usage_error()
    {
        var line = _cli.Run("feeds", "import", WriteStooq()).AssertFailsWithOneLine(2);
        Assert.Contains("--asset", line);
    }

    [Fact]
    public void Yahoo_import_takes_the_asset_from_the_file()
    {
        var fixture = Path.Combine(RepoPaths.Root, "tests", "SignalDashboard.Core.Tests", "Markets", "Fixtures", "yahoo-nvda-chart.json");

        var run = _cli.Run("feeds", "import", fixture);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("NVDA: ", run.Out);
        Assert.Contains(" daily points from yahoo (", run.Out);
        var nvda = Rows(_cli.Run("markets", "list", "--format", "json")).Single(r => r.GetProperty("symbol").GetString() == "NVDA");
        Assert.Equal("yahoo", nvda.GetProperty("provider").GetString());
        Assert.False(nvda.GetProperty("demo").GetBoolean());
    }
}
