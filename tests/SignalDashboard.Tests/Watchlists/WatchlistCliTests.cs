using System.Text.Json;
using SignalDashboard.Cli;
using SignalDashboard.Tests.Cli;

namespace SignalDashboard.Tests.Watchlists;

/// <summary>sigdash watchlist list|create|rename|delete|add|remove, in process over a temp store.</summary>
public sealed class WatchlistCliTests : IDisposable
{
    private readonly TestCli _cli = new();

    public void Dispose() => _cli.Dispose();

    /// <summary>Each list as "name: item, item".</summary>
    private List<string> Lists()
    {
        var run = _cli.Run("watchlist", "list", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        return JsonDocument.Parse(run.Out).RootElement.EnumerateArray()
            .Select(l => l.GetProperty("name").GetString() + ": " + string.Join(", ", l.GetProperty("items").EnumerateArray().Select(i => i.GetString()))).ToList();
    }

    [Fact]
    public void Create_add_reorder_by_remove_rename_delete()
    {
        Assert.Equal(0, _cli.Run("watchlist", "create", "Compute").ExitCode);
        var add = _cli.Run("watchlist", "add", "compute", "nvda", "anthropic/claude-opus-4", "RENDER");
        Assert.Equal(0, add.ExitCode);
        Assert.Equal(["Compute: NVDA, anthropic/claude-opus-4, RENDER"], Lists()); // spelled as the catalog and asset list do

        Assert.Equal(0, _cli.Run("watchlist", "remove", "Compute", "NVDA").ExitCode);
        Assert.Equal(0, _cli.Run("watchlist", "rename", "Compute", "GPU").ExitCode);
        Assert.Equal(["GPU: anthropic/claude-opus-4, RENDER"], Lists());

        Assert.Equal(0, _cli.Run("watchlist", "delete", "gpu").ExitCode);
        Assert.Empty(Lists());
    }

    [Fact]
    public void Add_creates_the_list_and_an_unknown_item_adds_nothing()
    {
        var run = _cli.Run("watchlist", "add", "Main", "NVDA", "openai/no-such-model", "AMD");
        Assert.Contains("unknown model \"openai/no-such-model\"", run.AssertFailsWithOneLine(ExitCodes.DataError));
        Assert.Empty(Lists());

        Assert.Equal(0, _cli.Run("watchlist", "add", "Main", "NVDA").ExitCode);
        Assert.Contains("not in \"Main\": AMD", _cli.Run("watchlist", "remove", "Main", "NVDA", "AMD").AssertFailsWithOneLine(ExitCodes.DataError));
        Assert.Equal(["Main: NVDA"], Lists());
    }

    [Fact]
    public void Refusals_are_one_line()
    {
        _cli.Run("watchlist", "create", "A");
        Assert.Contains("already exists", _cli.Run("watchlist", "create", "a").AssertFailsWithOneLine(ExitCodes.DataError));
        Assert.Contains("no watchlist \"B\"", _cli.Run("watchlist", "delete", "B").AssertFailsWithOneLine(ExitCodes.DataError));
        Assert.Contains("no watchlist", _cli.Run("watchlist", "export", "B").AssertFailsWithOneLine(ExitCodes.DataError));
    }
}
