using System.Text.Json;
using static SignalDashboard.Tests.Cli.CatalogJson;

namespace SignalDashboard.Tests.Cli;

/// <summary>The JSON <c>history</c> follows a model's lineage: Opus 4's $15 before Opus 4.6's $5 cut.</summary>
public sealed class CatalogListHistoryTests : IDisposable
{
    private readonly TestCli _cli = new();

    [Fact]
    public void Opus_4_6_input_history_has_the_opus_4_step_before_the_cut()
    {
        var opus = Named(List(_cli), "Claude Opus 4.6");

        var input = opus.GetProperty("history").EnumerateArray()
            .Where(s => s.GetProperty("field").GetString() == "input")
            .Select(s => (Price: s.GetProperty("usd_per_mtok").GetDecimal(), Model: s.GetProperty("model").GetString(), From: s.GetProperty("from").GetString()))
            .ToList();

        Assert.Equal(2, input.Count);
        Assert.Equal((15m, "anthropic/claude-opus-4"), (input[0].Price, input[0].Model));
        Assert.Equal((5m, "anthropic/claude-opus-4-6"), (input[1].Price, input[1].Model));
        Assert.True(string.CompareOrdinal(input[0].From, input[1].From) < 0, $"{input[0].From} should be before {input[1].From}");
        Assert.Equal("2026-03-19", input[1].From);
    }

    [Fact]
    public void Opus_4_6_last_change_is_the_cut_of_66_67_percent()
    {
        var change = Named(List(_cli), "Claude Opus 4.6").GetProperty("last_change");

        Assert.Equal(JsonValueKind.Object, change.ValueKind);
        Assert.Equal("input", change.GetProperty("field").GetString());
        Assert.Equal(15m, change.GetProperty("old").GetDecimal());
        Assert.Equal(5m, change.GetProperty("new").GetDecimal());
        Assert.Equal(-66.67m, change.GetProperty("change_percent").GetDecimal());
        Assert.Equal("anthropic/claude-opus-4", change.GetProperty("from_model").GetString());
    }

    [Fact]
    public void A_model_whose_price_never_changed_has_no_last_change()
    {
        var sonnet = Named(List(_cli), "Claude Sonnet 4.6");

        Assert.Equal(JsonValueKind.Null, sonnet.GetProperty("last_change").ValueKind);
    }

    public void Dispose() => _cli.Dispose();
}
