namespace SignalDashboard.Tests.Cli;

/// <summary>The default table: a header line, one aligned line per model, and a footnote when a price is derived.</summary>
public sealed class CatalogListTableTests : IDisposable
{
    private const string Footnote = "* derived from the provider's discount policy";

    private readonly TestCli _cli = new();

    private string[] Lines(params string[] extraArgs)
    {
        var run = _cli.Run(["catalog", "list", .. extraArgs]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.EndsWith("\n", run.Out);
        return run.Out[..^1].Split('\n');
    }

    [Fact]
    public void Starts_with_the_header_and_has_a_line_per_model_and_the_derived_footnote()
    {
        var lines = Lines();

        Assert.Equal(
            ["PROVIDER", "MODEL", "TIER", "INPUT", "OUTPUT", "CACHED", "BATCH", "IN", "BATCH", "OUT", "CONTEXT", "TOKENIZER", "LAST", "Δ", "SOURCES"],
            lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(Footnote, lines[^1]);
        Assert.Equal(SeedModel.All.Count, lines.Length - 2);
        Assert.All(SeedModel.All, m => Assert.Contains(lines, l => l.Contains($"  {m.Name}  ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Derived_prices_carry_an_asterisk_and_quoted_ones_do_not()
    {
        var lines = Lines("--provider", "anthropic");

        var opus = Assert.Single(lines, l => l.Contains("Claude Opus 4.6", StringComparison.Ordinal));
        var sonnet = Assert.Single(lines, l => l.Contains("Claude Sonnet 4.6", StringComparison.Ordinal));
        Assert.Contains(" $2.50* ", opus);
        Assert.Contains(" $1.50 ", sonnet);
        Assert.DoesNotContain("$1.50*", sonnet);
        Assert.Contains("-66.7%", opus);
    }

    [Fact]
    public void Without_derived_prices_there_is_no_footnote()
    {
        var lines = Lines("--provider", "google");

        Assert.Equal(3, lines.Length); // header, Gemini 2.5 Pro, Gemma 3
        Assert.DoesNotContain(lines, l => l.StartsWith('*'));
    }

    [Fact]
    public void Columns_line_up_under_the_header()
    {
        var lines = Lines();
        var modelColumn = lines[0].IndexOf("MODEL", StringComparison.Ordinal);
        var tierColumn = lines[0].IndexOf("TIER", StringComparison.Ordinal);

        foreach (var line in lines[1..^1])
        {
            Assert.Equal(' ', line[modelColumn - 1]);
            Assert.NotEqual(' ', line[modelColumn]);
            Assert.NotEqual(' ', line[tierColumn]);
        }
    }

    public void Dispose() => _cli.Dispose();
}
