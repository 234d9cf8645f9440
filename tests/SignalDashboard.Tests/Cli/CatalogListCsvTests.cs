namespace SignalDashboard.Tests.Cli;

/// <summary><c>catalog list --format csv</c> is RFC 4180 with a header row and one record per model.</summary>
public sealed class CatalogListCsvTests : IDisposable
{
    private static readonly string[] Header =
    [
        "provider", "model", "name", "tier", "input", "output", "cached_input", "cache_write", "batch_input", "batch_output",
        "derived", "context_window", "tokenizer", "last_change_percent",
    ];

    private readonly TestCli _cli = new();

    private List<List<string>> Records(params string[] extraArgs)
    {
        var run = _cli.Run(["catalog", "list", "--format", "csv", .. extraArgs]);
        Assert.True(run.ExitCode == 0, run.ToString());
        return Rfc4180.Parse(run.Out);
    }

    [Fact]
    public void Has_the_header_row_then_one_record_of_the_same_width_per_model()
    {
        var records = Records();

        Assert.Equal(Header, records[0]);
        Assert.Equal(SeedModel.All.Count, records.Count - 1);
        Assert.All(records, r => Assert.Equal(Header.Length, r.Count));
    }

    [Fact]
    public void Opus_4_6_record_carries_prices_as_plain_numbers()
    {
        var records = Records("--provider", "anthropic");
        var opus = Assert.Single(records, r => r[1] == "claude-opus-4-6");
        string Cell(string column) => opus[Array.IndexOf(Header, column)];

        Assert.Equal("Claude Opus 4.6", Cell("name"));
        Assert.Equal("Mid", Cell("tier"));
        Assert.Equal("5", Cell("input"));
        Assert.Equal("25", Cell("output"));
        Assert.Equal("2.5", Cell("batch_input"));
        Assert.Equal("batch_input batch_output", Cell("derived"));
        Assert.Equal("200000", Cell("context_window"));
        Assert.Equal("-66.67", Cell("last_change_percent")); // a number: not neutralized like text
    }

    [Fact]
    public void Missing_prices_are_empty_cells()
    {
        var records = Records("--provider", "deepseek");
        var deepseek = Assert.Single(records.Skip(1));

        Assert.Equal("0.28", deepseek[Array.IndexOf(Header, "input")]);
        Assert.Equal("", deepseek[Array.IndexOf(Header, "output")]);
    }

    [Fact]
    public void An_empty_result_is_still_a_header_row()
    {
        var records = Records("--provider", "nobody");

        Assert.Equal(Header, Assert.Single(records));
    }

    public void Dispose() => _cli.Dispose();
}
