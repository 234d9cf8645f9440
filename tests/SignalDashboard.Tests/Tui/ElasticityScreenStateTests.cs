using SignalDashboard.Composition;
using SignalDashboard.Core.Analytics;
using SignalDashboard.Core.Usage;
using SignalDashboard.Core.Watchlists;
using SignalDashboard.Dashboard;
using SignalDashboard.Presentation;
using SignalDashboard.Tui.Elasticity;
using static SignalDashboard.Tests.Tui.StateFixtures;

namespace SignalDashboard.Tests.Tui;

/// <summary>
/// The Elasticity screen's decisions without a terminal, on <see cref="StateFixtures.GeneratedUsage"/> (ε = −1.5, no
/// noise): the Opus line's model index recovers ε exactly; GPT Mini's price never moves and Llama Free's is zero.
/// </summary>
public sealed class ElasticityScreenStateTests
{
    private static readonly IReadOnlyList<StudiedEvent> Events =
    [
        new(Day("2024-01-01"), "before the usage (-10.0%)", "price"),
        new(Day("2025-08-01"), "a note", "annotation"),
        new(Day("2025-09-01"), "gpt-mini added", "price"),
        new(Day("2026-02-05"), "claude-opus-4-6 input $15.00 → $5.00 (-66.7%)", "price"),
    ];

    private static ElasticityScreenState State(params UsageSelection[] sources) => new(new ElasticityInputs(Catalog(), sources, Events));

    [Fact]
    public void Without_usage_it_says_why_and_charts_nothing()
    {
        var state = State();

        Assert.Equal("no usage · blended · window all · trend off", state.SelectionLine);
        Assert.Equal([state.SelectionLine, "not available: no usage and no demo settings (feeds/usage/demo.json)"], state.EstimateLines());
        Assert.Empty(state.PriceSeries());
        Assert.Equal("no usage and no demo settings (feeds/usage/demo.json)", state.PriceOptions.NoDataText);
        Assert.Equal("Estimate", state.EstimateTitle);
        Assert.Null(state.SelectedWatchItem);
    }

    [Fact]
    public void The_model_index_of_the_line_whose_price_moved_recovers_the_elasticity_built_into_the_usage()
    {
        var state = State(GeneratedUsage());

        state.CycleKind();

        Assert.Equal(IndexKind.Model, state.Kind);
        Assert.Equal(["anthropic/claude-opus-4-6", "meta/llama-free", "openai/gpt-mini"], state.Subjects); // the moved line first
        var lines = state.EstimateLines();
        Assert.StartsWith("DEMO · model anthropic/claude-opus-4-6", lines[0]);
        Assert.EndsWith(" · window all · trend off", lines[0]);
        Assert.StartsWith("ε = −1.50 (95% CI", lines[1]);
        Assert.Contains(lines, l => l.StartsWith("DEMO: generated usage", StringComparison.Ordinal));
        Assert.Equal("Estimate · DEMO", state.EstimateTitle);
        Assert.Equal(WatchItem.ForModel(Opus46), state.SelectedWatchItem);
    }

    [Fact]
    public void Other_models_say_why_they_cannot_be_estimated_and_the_subject_key_wraps()
    {
        var state = State(GeneratedUsage());
        state.CycleKind();

        state.CycleSubject();
        Assert.StartsWith("ε not estimable: price is zero", state.EstimateLines()[1]);
        state.CycleSubject();
        Assert.Equal("ε not estimable: price is constant over the window (nothing to estimate from)", state.EstimateLines()[1]);
        state.CycleSubject();
        Assert.Equal("anthropic/claude-opus-4-6", state.Subject);
    }

    [Fact]
    public void The_index_key_cycles_blended_model_tier_and_only_a_model_can_be_watched()
    {
        var state = State(GeneratedUsage());
        var seen = new List<(IndexKind, string?, bool)>();
        for (var i = 0; i < 3; i++)
        {
            state.CycleKind();
            seen.Add((state.Kind, state.Subject, state.SelectedWatchItem is not null));
        }

        Assert.Equal([(IndexKind.Model, "anthropic/claude-opus-4-6", true), (IndexKind.Tier, "Budget", false), (IndexKind.Blended, null, false)], seen);
        state.CycleKind();
        state.CycleKind();
        Assert.Equal(["Budget", "Mid", "Top", "Free"], state.Subjects);
    }

    [Fact]
    public void The_window_key_sets_the_estimate_and_the_rolling_windows()
    {
        var state = State(GeneratedUsage());
        var seen = new List<(int?, int)>();
        for (var i = 0; i < 5; i++)
        {
            state.CycleWindow();
            seen.Add((state.WindowDays, state.RollingDays));
        }

        Assert.Equal([(30, 30), (90, 90), (180, 180), (365, 365), (null, ElasticityScreenState.DefaultRollingDays)], seen);
        state.CycleWindow();
        Assert.Equal("Rolling ε, 30-day windows", state.RollingOptions.Title);
        Assert.Contains("window 30 days", state.SelectionLine);
    }

    [Fact]
    public void Events_inside_the_window_are_markers_labelled_by_their_change()
    {
        var state = State(GeneratedUsage());

        Assert.Equal(["A", "•", "-66.7%"], state.Markers().Select(m => m.Label)); // the 2024 event is before the usage
    }

    [Fact]
    public void The_source_key_steps_through_stored_usage_then_the_demo()
    {
        var team = new UsageSelection("team", [new UsageRecord("team", "claude-opus-4-6", Day("2026-02-10"), 1000, 100, 0, 5)], []);
        var state = State(team, GeneratedUsage());

        Assert.Equal("team", state.Source);
        Assert.Equal("Estimate", state.EstimateTitle);
        state.CycleSource();
        Assert.Equal("demo", state.Source);
        Assert.StartsWith("DEMO · ", state.SelectionLine);
        state.CycleSource();
        Assert.Equal("team", state.Source);
    }
}
