using SignalDashboard.Core.Analytics;
using SignalDashboard.Tui.Elasticity;

namespace SignalDashboard.Tests.Ui;

[Collection(TerminalGuiCollection.Name)]
public sealed class ElasticityScreenShows
{
    private static DashboardHarness OnElasticity(int width, int height, Action<Cli.TestCli>? prepare = null)
    {
        var t = new DashboardHarness(width, height, prepare);
        t.Shell.Show(t.ElasticityScreen);
        t.Press(Terminal.Gui.Input.Key.F12); // an unbound key: one more layout and draw
        return t;
    }

    [Theory]
    [InlineData(120, 40)]
    [InlineData(80, 24)]
    public void It_comes_after_Events_and_shows_the_DEMO_estimate_beside_the_anchors_and_four_charts(int width, int height)
    {
        using var t = OnElasticity(width, height);

        var titles = t.Shell.Screens.Select(s => s.Title.Replace("_", "")).ToList();
        Assert.Equal(titles.IndexOf("Events") + 1, titles.IndexOf("Elasticity"));
        Assert.Contains("Estimate · DEMO", t.Screen);
        Assert.Contains("ε = −1.20 (95% CI", t.Screen);
        Assert.Contains("Published anchors", t.Screen);
        Assert.Contains("Price per token (log)", t.Screen);
        Assert.Contains("▲", t.Screen);                 // the Opus cut on the time axes
        Assert.DoesNotContain("NaN", t.Screen);
        Assert.All(t.Lines.Where(l => l.Length > 0), l => Assert.Equal(width, l.Length));
        if (width >= 120)
        {
            Assert.Contains("NBER (OpenRouter): ε ≈ −1.1", t.Screen);
            Assert.Contains("log usage vs log price", t.Screen);
            Assert.Contains("fit ε=−1.20", t.Screen);
            Assert.Contains("Rolling ε, 90-day windows", t.Screen);
        }
    }

    [Fact]
    public void Keys_cycle_index_subject_window_and_trend()
    {
        using var t = OnElasticity(120, 40);
        var state = t.ElasticityScreen.State;
        Assert.Equal(IndexKind.Blended, state.Kind);

        t.Press('i');
        Assert.Equal(IndexKind.Model, state.Kind);
        Assert.Equal("anthropic/claude-opus-4-6", state.Subject);
        Assert.Contains("model anthropic/claude-opus-4-6", t.Screen);
        t.Press('m');
        Assert.NotEqual("anthropic/claude-opus-4-6", state.Subject);
        Assert.Contains("ε not estimable: price is constant", t.Screen);

        t.Press('i');
        Assert.Equal(IndexKind.Tier, state.Kind);
        Assert.Contains("tier Budget", t.Screen);

        t.Press('d');
        Assert.Equal(30, state.WindowDays);
        Assert.Contains("window 30 days", t.Screen);
        Assert.Contains("Rolling ε, 30-day windows", t.Screen);

        t.Press('t');
        Assert.True(state.Trend);
        Assert.Contains("trend on", t.Screen);
    }

    [Fact]
    public void Imported_usage_is_the_first_source_and_s_switches_to_DEMO()
    {
        using var t = OnElasticity(120, 40, cli =>
        {
            var path = cli.File("team.csv");
            var rows = Enumerable.Range(0, 30).Select(d => $"{new DateOnly(2026, 3, 5).AddDays(d):yyyy-MM-dd},claude-opus-4-6,{1000 + 40 * d},100,0,5,team");
            File.WriteAllText(path, "date,model,input_tokens,output_tokens,cached_tokens,requests,source\n" + string.Join("\n", rows));
            Assert.Equal(0, cli.Run("usage", "import", path).ExitCode);
        });
        var state = t.ElasticityScreen.State;

        Assert.Equal("team", state.Source);
        Assert.DoesNotContain("Estimate · DEMO", t.Screen);
        t.Press('s');
        Assert.Equal("demo", state.Source);
        Assert.Contains("Estimate · DEMO", t.Screen);
    }

    [Fact]
    public void Help_lists_the_elasticity_keys()
    {
        using var t = OnElasticity(120, 40);
        t.Press('?');
        Assert.Contains("Price index: blended, model, tier", t.Screen);
        Assert.Contains("Toggle a linear time trend", t.Screen);
    }
}
