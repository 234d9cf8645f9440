namespace SignalDashboard.Tests.Cli;

/// <summary>A wrong command line exits 2 with exactly one line on stderr and nothing on stdout (README: errors are one line).</summary>
public sealed class UsageErrorTests : IDisposable
{
    private readonly TestCli _cli = new();

    [Theory]
    [InlineData("catalog", "list", "--bogus")]
    [InlineData("--bogus")]
    [InlineData("catalog", "lst")]
    [InlineData("nonsense")]
    [InlineData("catalog", "list", "--tier", "bogus")]
    [InlineData("catalog", "list", "--format", "xml")]
    [InlineData("catalog", "list", "--tier")]
    public void Exits_2_with_one_line_on_stderr(params string[] args)
    {
        var run = _cli.Run(args);

        var line = run.AssertFailsWithOneLine(2);
        Assert.StartsWith("sigdash: ", line);
        Assert.Equal("", run.Out);
    }

    [Theory]
    [InlineData("bogus", "catalog", "list", "--tier", "bogus")]
    [InlineData("xml", "catalog", "list", "--format", "xml")]
    [InlineData("lst", "catalog", "lst")]
    [InlineData("--bogus", "catalog", "list", "--bogus")]
    public void The_line_names_the_offending_word(string word, params string[] args)
    {
        var line = _cli.Run(args).AssertFailsWithOneLine(2);

        Assert.Contains($"'{word}'", line);
    }

    [Fact]
    public void A_usage_error_creates_no_store()
    {
        _cli.Run("catalog", "list", "--format", "xml");

        Assert.False(File.Exists(_cli.DefaultStore));
    }

    public void Dispose() => _cli.Dispose();
}
