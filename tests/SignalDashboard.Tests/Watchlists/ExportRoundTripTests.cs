using System.Text;
using System.Text.Json;
using SignalDashboard.Tests.Cli;

namespace SignalDashboard.Tests.Watchlists;

/// <summary>export → import → export gives the same bytes, for CSV (with and without BOM) and JSON, with a hostile name.</summary>
public sealed class ExportRoundTripTests : IDisposable
{
    private const string Name = "=Risky, «Ünï» \"quoted\" 'x' @home";
    private readonly TestCli _cli = new();

    public void Dispose() => _cli.Dispose();

    public ExportRoundTripTests()
    {
        Assert.Equal(0, _cli.Run("watchlist", "add", Name, "NVDA", "anthropic/claude-opus-4", "RENDER", "openai/gpt-4o-mini").ExitCode);
    }

    private byte[] Export(string file, params string[] options)
    {
        var run = _cli.Run(["watchlist", "export", Name, "-o", file, .. options]);
        Assert.True(run.ExitCode == 0, run.ToString());
        return File.ReadAllBytes(file);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    public void Export_import_export_is_byte_identical(string format)
    {
        var first = Export(_cli.File("first." + format), "--format", format);
        Assert.Equal(0, _cli.Run("watchlist", "delete", Name).ExitCode);
        var import = _cli.Run("watchlist", "import", _cli.File("first." + format));
        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Contains("created with 4 items", import.Out);
        var second = Export(_cli.File("second." + format), "--format", format);
        Assert.Equal(Encoding.UTF8.GetString(first), Encoding.UTF8.GetString(second));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Import_into_another_store_gives_the_same_bytes()
    {
        var first = Export(_cli.File("a.csv"));
        using var other = new TestCli();
        Assert.Equal(0, other.Run("watchlist", "import", _cli.File("a.csv")).ExitCode);
        Assert.Equal(0, other.Run("watchlist", "export", Name, "-o", other.File("b.csv")).ExitCode);
        Assert.Equal(first, File.ReadAllBytes(other.File("b.csv")));
    }

    [Fact]
    public void Csv_with_bom_round_trips_and_is_rfc4180_with_formulas_neutralized_and_demo_marked()
    {
        var first = Export(_cli.File("bom.csv"), "--bom");
        Assert.Equal([0xEF, 0xBB, 0xBF], first[..3]);
        Assert.Equal(0, _cli.Run("watchlist", "import", _cli.File("bom.csv")).ExitCode); // replaces the list of that name
        Assert.Equal(first, Export(_cli.File("bom2.csv"), "--bom"));

        var records = Rfc4180.Parse(Encoding.UTF8.GetString(first[3..]));
        Assert.Equal(["watchlist", "kind", "item", "name", "data", "price", "change_24h", "change_7d", "input_per_1m", "output_per_1m", "last_event"], records[0]);
        Assert.All(records.Skip(1), r => Assert.Equal("'" + Name, r[0]));
        Assert.Equal(["DEMO", "catalog", "DEMO", "catalog"], records.Skip(1).Select(r => r[4]));
        Assert.Equal(["15", "75"], records[2][8..10]);
    }

    [Fact]
    public void Json_is_versioned_and_marks_demo_data()
    {
        var root = JsonDocument.Parse(Export(_cli.File("l.json"), "--format", "json")).RootElement;
        Assert.Equal("sigdash.watchlist", root.GetProperty("schema").GetString());
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal(Name, root.GetProperty("name").GetString());
        Assert.True(root.GetProperty("demo").GetBoolean());
        var items = root.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([true, false, true, false], items.Select(i => i.GetProperty("demo").GetBoolean()));
        Assert.Equal("DEMO", items[0].GetProperty("data").GetString());
    }

    [Fact]
    public void Bom_with_json_is_a_usage_error() =>
        _cli.Run("watchlist", "export", Name, "--format", "json", "--bom").AssertFailsWithOneLine(2);

    [Fact]
    public void Stdout_export_equals_the_file()
    {
        var file = Export(_cli.File("x.csv"));
        Assert.Equal(Encoding.UTF8.GetString(file), _cli.Run("watchlist", "export", Name).Out);
    }
}
