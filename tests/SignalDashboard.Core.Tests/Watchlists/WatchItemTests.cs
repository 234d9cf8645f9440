using SignalDashboard.Core.Alerts;
using SignalDashboard.Core.Watchlists;

namespace SignalDashboard.Core.Tests.Watchlists;

public sealed class WatchItemTests
{
    [Theory]
    [InlineData("anthropic/claude-opus-4.6", WatchItemKind.Model)]
    [InlineData("NVDA", WatchItemKind.Asset)]
    [InlineData(" RNDR ", WatchItemKind.Asset)]
    public void Slash_means_a_model(string text, WatchItemKind kind)
    {
        Assert.True(WatchItem.TryParse(text, out var item));
        Assert.Equal(kind, item.Kind);
        Assert.Equal(text.Trim(), item.Key);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("/gpt")]
    [InlineData("openai/")]
    [InlineData("NV DA")]
    [InlineData("NV\u001bDA")]
    public void Malformed_items_are_refused(string text) => Assert.False(WatchItem.TryParse(text, out _));

    [Fact]
    public void Kind_must_match_the_text() => Assert.False(WatchItem.TryParse("asset", "openai/gpt-5", out _));

    [Fact]
    public void Move_and_dedupe()
    {
        var list = new Watchlist("L", []).With([WatchItem.ForAsset("A"), WatchItem.ForAsset("B"), WatchItem.ForAsset("A"), WatchItem.ForAsset("C")]);
        Assert.Equal("A B C", string.Join(' ', list.Items));
        Assert.Equal("B C A", string.Join(' ', list.Move(0, 5).Items));
        Assert.Equal("A C", string.Join(' ', list.Without([WatchItem.ForAsset("B")]).Items));
    }

    [Theory]
    [InlineData("Main", null)]
    [InlineData("", "a watchlist needs a name")]
    [InlineData(" x", "\" x\": a watchlist name cannot start or end with a space")]
    public void Names(string name, string? problem) => Assert.Equal(problem, WatchlistName.Problem(name));

    [Theory]
    [InlineData("7d", 7 * 24)]
    [InlineData("12h", 12)]
    public void Windows_round_trip(string text, int hours)
    {
        Assert.True(AlertText.TryParseWindow(text, out var window));
        Assert.Equal(TimeSpan.FromHours(hours), window);
        Assert.Equal(text, AlertText.Window(window));
    }
}
