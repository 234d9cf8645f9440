using System.Text.Json;
using SignalDashboard.Cli;
using SignalDashboard.Tests.Cli;

namespace SignalDashboard.Tests.Alerts;

/// <summary>sigdash alerts list|add|remove|check over a temp store with demo market data (clock 2026-11-27).</summary>
public sealed class AlertsCliTests : IDisposable
{
    private readonly TestCli _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Add_list_remove()
    {
        Assert.Contains("alert 1 added: NVDA above 150", _cli.Run("alerts", "add", "nvda", "above", "150").Out);
        Assert.Contains("alert 2 added: RENDER change 10% over 12h", _cli.Run("alerts", "add", "RENDER", "change", "10", "--window", "12h").Out);
        Assert.Contains("alert 3 added: anthropic/claude-opus-4 catalog price change", _cli.Run("alerts", "add", "anthropic/claude-opus-4", "catalog").Out);

        var list = JsonDocument.Parse(_cli.Run("alerts", "list", "--format", "json").Out).RootElement.EnumerateArray().ToList();
        Assert.Equal(["above", "change", "catalog"], list.Select(a => a.GetProperty("kind").GetString()));
        Assert.Equal("12h", list[1].GetProperty("window").GetString());
        Assert.Equal(0, _cli.Run("alerts", "remove", "2").ExitCode);
        Assert.Contains("no alert with id 2", _cli.Run("alerts", "remove", "2").AssertFailsWithOneLine(ExitCodes.DataError));
        Assert.Equal(2, JsonDocument.Parse(_cli.Run("alerts", "list", "--format", "json").Out).RootElement.GetArrayLength());
    }

    [Theory]
    [InlineData("NVDA", "catalog", null, "a catalog alert watches a model")]
    [InlineData("NVDA", "above", null, "needs a threshold")]
    [InlineData("acme/none", "above", "1", "unknown model")]
    public void Bad_alerts_are_refused(string item, string kind, string? threshold, string expected)
    {
        string[] args = threshold is null ? ["alerts", "add", item, kind] : ["alerts", "add", item, kind, threshold];
        Assert.Contains(expected, _cli.Run(args).AssertFailsWithOneLine(ExitCodes.DataError));
    }

    [Fact]
    public void Check_fires_once_per_crossing_and_the_state_survives_between_runs()
    {
        _cli.Run("alerts", "add", "NVDA", "above", "1");      // demo NVDA is far above $1
        _cli.Run("alerts", "add", "NVDA", "below", "1");      // and not below it
        var first = _cli.Run("alerts", "check");
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("alert 1: NVDA price", first.Out);
        Assert.Contains("(DEMO data)", first.Out);
        Assert.DoesNotContain("alert 2", first.Out);
        Assert.Equal("no alert fired\n", _cli.Run("alerts", "check").Out);
        Assert.Contains("fired", _cli.Run("alerts", "list").Out);
    }
}
