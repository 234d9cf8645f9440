using SignalDashboard.TestSupport;
using SignalDashboard.Tui.CostLab;
using Terminal.Gui.Input;

namespace SignalDashboard.Tests.Ui;

[Collection(TerminalGuiCollection.Name)]
public sealed class CostLabScreenShows
{
    private static DashboardHarness Open(int width = 120, int height = 40)
    {
        RepoPaths.SharedFile("tokenizers"); // skip without the real tokenizer files
        var t = new DashboardHarness(width, height);
        t.Press(']').Press(']').Press(']').Press(']'); // Catalog → Markets → Events → Elasticity → Cost lab
        return t;
    }

    [SkippableFact]
    public void Cost_lab_is_the_last_tab_and_counts_the_sample_with_every_tokenizer()
    {
        using var t = Open();
        Assert.Same(t.CostLabScreen, t.Shell.ActiveScreen);
        Assert.Equal(["Overview", "Catalog", "Markets", "Events", "Elasticity", "Cost lab", "Watchlists"],
            t.Shell.Screens.Select(s => s.Title.Replace("_", "")));
        var state = t.CostLabScreen.State;
        Assert.Equal(["o200k_base", "cl100k_base", "deepseek-v3", "qwen3", "llama3"], state.Counts.Keys);
        Assert.Empty(state.Unavailable);
        var o200k = state.Counts["o200k_base"];
        Assert.Contains(t.Lines, l => l.Contains("o200k_base", StringComparison.Ordinal) && l.Contains($"{o200k:N0} tokens", StringComparison.Ordinal));
        Assert.Contains("claude≈cl100k approx.", t.Screen);
        Assert.Contains("ZH/EN", t.Screen);
        Assert.Contains("Batch", t.Lines[^2]); // status bar hint
    }

    [SkippableFact]
    public void At_80_columns_each_models_cost_is_on_its_row()
    {
        using var t = Open(80, 24);
        var haiku = t.CostLabScreen.State.Rows().Single(r => r.Model.Id == "claude-3-5-haiku-latest" || r.Model.DisplayName == "Claude Haiku 3.5");
        var cost = SignalDashboard.Cli.CostOutput.Usd(haiku.Cost!.TotalUsd);

        Assert.Contains(t.Lines, l => l.Contains("anthropic Claude Haiku 3.5", StringComparison.Ordinal) && l.Contains(cost, StringComparison.Ordinal)); // the table row, not the language-tax line
    }

    [SkippableFact]
    public void Toggles_change_the_costs_batch_halves_a_batchable_models_cost()
    {
        using var t = Open();
        var state = t.CostLabScreen.State;
        decimal SonnetCost() => state.Rows().Single(r => r.Model.Id == "claude-sonnet-4-6").Cost!.TotalUsd;
        var standard = SonnetCost();

        t.Press('b');
        Assert.True(state.Batch);
        Assert.Contains("batch on", t.Screen);
        Assert.Equal(standard / 2, SonnetCost());

        t.Press('h');
        Assert.Equal(0.25m, state.CacheHitShare);
        Assert.Contains("cache hit 25%", t.Screen);

        t.Press('o');
        Assert.Equal(1m, state.OutputRatio);

        t.Press('m');
        Assert.Contains("blended $", t.Screen);
    }

    [SkippableFact]
    public void Typed_text_is_counted_when_editing_ends_and_letters_do_not_trigger_keys()
    {
        using var t = Open();
        t.Press('t');
        t.CostLabScreen.TextArea.Text = "";
        t.Type("quit and batch");
        t.Press(Key.Esc);

        var state = t.CostLabScreen.State;
        Assert.Equal("quit and batch", state.Text);
        Assert.False(state.Batch); // the b typed was text, not the batch toggle
        Assert.Same(t.CostLabScreen, t.Shell.ActiveScreen); // and q did not quit
        Assert.Equal(3, state.Counts["o200k_base"]);
    }

    [SkippableFact]
    public void A_file_is_loaded_by_path_and_a_bad_file_is_a_message_not_a_crash()
    {
        using var t = Open();
        var file = t.Cli.File("prompt.txt");
        File.WriteAllText(file, "价格下降了");
        t.Press('f').Type(file).Press(Key.Enter);
        Assert.Equal("价格下降了", t.CostLabScreen.State.Text);

        var binary = t.Cli.File("binary.bin");
        File.WriteAllBytes(binary, [0x00, 0x01, 0x02]);
        t.Press('f').Type(binary).Press(Key.Enter);
        Assert.Contains("cannot load", t.CostLabScreen.State.Message);
        Assert.Contains("binary input", t.Screen);
    }

    [SkippableFact]
    public void The_language_tax_uses_the_text_as_either_side()
    {
        using var t = Open();
        var state = t.CostLabScreen.State;
        state.SetText("Hello");
        t.Press('1');
        Assert.Equal("Hello", state.English);
        Assert.Contains(state.LanguageTaxLines(), l => l.StartsWith("English 5 chars", StringComparison.Ordinal));
        t.Press('s');
        Assert.NotEqual("Hello", state.English);
    }

    [SkippableFact]
    public void At_80x24_the_lab_draws_its_panes()
    {
        using var t = Open(80, 24);
        Assert.Contains("Tokens", t.Screen);
        Assert.Contains("Cost per model", t.Screen);
    }
}
