using SignalDashboard.Tui;

namespace SignalDashboard.Tests.Tui;

public sealed class FilterCycleTests
{
    private static readonly string[] Providers = ["anthropic", "google", "openai"];

    [Fact]
    public void Steps_from_all_through_every_value_and_back_to_all()
    {
        var seen = new List<string?>();
        string? current = null;
        for (var i = 0; i < 5; i++)
        {
            current = FilterCycle.Next(Providers, current);
            seen.Add(current);
        }
        Assert.Equal(["anthropic", "google", "openai", null, "anthropic"], seen);
    }

    [Fact]
    public void Matches_the_current_value_ignoring_case_and_restarts_on_an_unknown_one()
    {
        Assert.Equal("openai", FilterCycle.Next(Providers, "GOOGLE"));
        Assert.Equal("anthropic", FilterCycle.Next(Providers, "mistral"));
        Assert.Null(FilterCycle.Next([], null));
    }
}
