using Terminal.Gui.Input;

namespace SignalDashboard.Tests.Ui;

[Collection(TerminalGuiCollection.Name)]
public sealed class SortChangesOrder
{
    [Fact]
    public void Pressing_4_twice_sorts_by_input_price_descending()
    {
        using var t = new DashboardHarness(120, 40);

        t.Press('4'); // the current sort column again: reverse

        var rows = t.ModelRowsOnScreen();
        Assert.Contains("GPT-5.2 Pro", rows[0]);   // $21
        Assert.Contains("Claude Opus 4 ", rows[1]); // $15
        Assert.Contains("Input▼", t.Screen);
    }

    [Fact]
    public void Pressing_2_sorts_by_model_name()
    {
        using var t = new DashboardHarness(120, 40);

        t.Press('2');

        var names = t.CatalogScreen.State.Visible.Select(r => r.Name).ToList();
        Assert.Equal(names.Order(StringComparer.OrdinalIgnoreCase), names);
        Assert.Contains("Claude Haiku 3.5", t.ModelRowsOnScreen()[0]);
        Assert.Contains("Model▲", t.Screen);
    }

    [Fact]
    public void Filters_by_tier_cycle_with_t()
    {
        using var t = new DashboardHarness(120, 40);

        t.Press(Key.T).Press(Key.T).Press(Key.T); // all → Free → Budget → Mid

        var rows = t.ModelRowsOnScreen();
        Assert.Equal(5, rows.Count); // Gemini 2.5 Pro, GPT-5.2, GPT-4.1, Sonnet 4.6, Opus 4.6
        Assert.All(rows, r => Assert.Contains("Mid", r));
        Assert.Contains("tier: Mid", t.Screen);
    }
}
