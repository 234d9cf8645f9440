using System.Text.Json;
using SignalDashboard.Tests.Cli;

namespace SignalDashboard.Tests.Watchlists;

/// <summary>
/// A model named by another of its names (an alias of feeds/catalog/aliases, OpenRouter's spelling, its display name,
/// its id alone) is the catalog's model: stored under the catalog's key, with its prices, removable by any name.
/// </summary>
public sealed class WatchlistAliasTests : IDisposable
{
    private readonly TestCli _cli = new();

    public void Dispose() => _cli.Dispose();

    private string Items()
    {
        var run = _cli.Run("watchlist", "list", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        return string.Join(", ", JsonDocument.Parse(run.Out).RootElement[0].GetProperty("items").EnumerateArray().Select(i => i.GetString()));
    }

    [Theory]
    [InlineData("anthropic/claude-opus-4.6", "anthropic/claude-opus-4-6")]          // a dot between digits (OpenRouter, llm-prices)
    [InlineData("openrouter/anthropic/claude-opus-4.6", "anthropic/claude-opus-4-6")] // the vendor from the path
    [InlineData("anthropic/Claude Opus 4.6", "anthropic/claude-opus-4-6")]           // the display name under its provider
    [InlineData("anthropic/claude-3-5-haiku", "anthropic/claude-3-5-haiku-latest")]  // an explicit alias (aliases.json)
    [InlineData("openai/gpt-5-2", "openai/gpt-5.2")]
    [InlineData("gpt-4o-mini", "openai/gpt-4o-mini")]                                // the id alone: no asset has it
    public void Another_name_of_a_model_is_stored_as_the_catalogs_key(string typed, string stored)
    {
        var run = _cli.Run("watchlist", "add", "ai", typed);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(stored, Items());
        var show = _cli.Run("watchlist", "show", "ai");
        Assert.StartsWith("ai: 1 item\n", show.Out);
        Assert.DoesNotContain("unknown", show.Out);
        Assert.Matches(@"catalog\s+\$\d+\.\d\d/1M", show.Out);
    }

    [Fact]
    public void Two_names_of_one_model_are_one_item_and_any_name_removes_it()
    {
        Assert.Equal(0, _cli.Run("watchlist", "add", "ai", "anthropic/claude-opus-4.6", "NVDA", "anthropic/claude-opus-4-6").ExitCode);
        Assert.Equal("anthropic/claude-opus-4-6, NVDA", Items());

        var remove = _cli.Run("watchlist", "remove", "ai", "openrouter/anthropic/claude-opus-4.6");

        Assert.True(remove.ExitCode == 0, remove.ToString());
        Assert.Equal("NVDA", Items());
    }

    [Fact]
    public void A_name_no_model_has_is_still_refused_and_an_asset_symbol_stays_an_asset()
    {
        Assert.Equal(1, _cli.Run("watchlist", "add", "ai", "anthropic/claude-opus-9").ExitCode);
        Assert.Equal(1, _cli.Run("watchlist", "add", "ai", "claude").ExitCode);
        Assert.Equal(0, _cli.Run("watchlist", "add", "ai", "nvda").ExitCode);
        Assert.Equal("NVDA", Items());
    }
}
