using System.Text;
using SignalDashboard.Cli;
using SignalDashboard.Composition;
using SignalDashboard.Tests.Cli;
using SignalDashboard.Core.Cost;
using SignalDashboard.TestSupport;
using SignalDashboard.Tui.CostLab;
using Terminal.Gui.Input;
using SignalDashboard.Presentation;

namespace SignalDashboard.Tests.Ui;

[Collection(TerminalGuiCollection.Name)]
public sealed class CostLabScreenShows
{
    // Loading three tokenizer.json files in a Debug build on a busy machine can take a while (no timing is asserted).
    private const int LoadSeconds = 120;

    private static DashboardHarness Open(int width = 120, int height = 40, bool loaded = true, bool sharedTokenizers = true)
    {
        if (sharedTokenizers) RepoPaths.SharedFile("tokenizers"); // skip without the real tokenizer files
        var t = new DashboardHarness(width, height, sharedTokenizers: sharedTokenizers);
        t.Press(']').Press(']').Press(']').Press(']'); // Catalog → Markets → Events → Elasticity → Cost lab
        if (loaded) Loaded(t);
        return t;
    }

    /// <summary>Pumps until the background counter has counted every text with every tokenizer that can count.</summary>
    private static DashboardHarness Loaded(DashboardHarness t) => t.PumpUntil(() => !t.CostLabScreen.State.IsCounting, LoadSeconds);

    private static CostRow Row(CostLabState state, string id) => state.Rows().Single(r => r.Model.Id == id);

    private static void Select(DashboardHarness t, string id)
    {
        var index = t.CostLabScreen.State.Rows().ToList().FindIndex(r => r.Model.Id == id);
        t.CostLabScreen.Table.SetSelection(0, index, false, null);
    }

    [SkippableFact]
    public void The_first_frame_comes_before_the_tokenizers_and_keys_work_while_they_load()
    {
        using var t = Open(loaded: false);
        var state = t.CostLabScreen.State;

        // Drawn, and nothing counted yet: the counter hands its results to the UI thread only when the loop runs.
        Assert.Same(t.CostLabScreen, t.Shell.ActiveScreen);
        Assert.True(state.IsCounting);
        Assert.Empty(state.Counts);
        Assert.Contains(t.Lines, l => l.Contains("o200k_base", StringComparison.Ordinal) && l.Contains("waiting…", StringComparison.Ordinal));
        Assert.Contains("counting…", t.Screen); // the cost table's rows say so too

        t.Press('b'); // keys are not blocked by the load
        Assert.True(state.Batch);
        Assert.Contains("batch on", t.Screen);

        Loaded(t);
        Assert.Equal(["o200k_base", "cl100k_base", "deepseek-v3", "qwen3", "llama3"], state.Counts.Keys);
        var o200k = state.Counts["o200k_base"];
        Assert.Contains(t.CostLabScreen.TokenPaneLines, l => l.StartsWith("o200k_base", StringComparison.Ordinal) && l.Contains($"{o200k:N0} tok", StringComparison.Ordinal));
        Assert.DoesNotContain("waiting…", t.Screen);
        Assert.DoesNotContain("counting…", t.Screen);
    }

    [SkippableFact]
    public void Cost_lab_counts_the_sample_with_every_tokenizer()
    {
        using var t = Open();
        Assert.Equal(["Overview", "Catalog", "Markets", "Events", "Elasticity", "Cost lab", "Watchlists"],
            t.Shell.Screens.Select(s => s.Title.Replace("_", "")));
        var state = t.CostLabScreen.State;
        Assert.Empty(state.Unavailable);
        Assert.Equal(TokenizerSetup.Registry(t.Cli.Context).Get("o200k_base").Count(state.Text), state.Counts["o200k_base"]);
        Assert.Contains("claude≈cl100k approx.", t.Screen);
        Assert.Contains("ZH/EN", t.Screen);
        Assert.Contains("Batch", t.Lines[^2]); // status bar hint
    }

    [SkippableFact]
    public void Alt_b_opens_the_cost_lab_and_no_cost_lab_key_is_a_global_key()
    {
        using var t = Open(loaded: false);
        t.Shell.Show(t.CatalogScreen);
        t.Press(Key.B.WithAlt);
        Assert.Same(t.CostLabScreen, t.Shell.ActiveScreen);

        var global = t.Shell.Bindings.Except(t.CostLabScreen.Keys.Bindings).SelectMany(b => b.Alternatives.Prepend(b.Key)).ToList();
        var own = t.CostLabScreen.Keys.Bindings.SelectMany(b => b.Alternatives.Prepend(b.Key)).ToList();
        Assert.Empty(own.Intersect(global));
        Assert.DoesNotContain(own, k => k.IsAlt);
    }

    [SkippableFact]
    public void At_80_columns_each_models_cost_and_share_are_on_its_row()
    {
        using var t = Open(80, 24);
        var haiku = t.CostLabScreen.State.Rows().Single(r => r.Model.DisplayName == "Claude Haiku 3.5");
        var cost = PriceFormat.Cost(haiku.Cost!.TotalUsd);
        Select(t, haiku.Model.Id);
        t.Press('+');

        Assert.Contains(t.Lines, l => l.Contains("anthropic Claude Haiku 3.5", StringComparison.Ordinal) && l.Contains(cost, StringComparison.Ordinal) && l.Contains("10%", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Toggles_change_the_costs_batch_halves_a_batchable_models_cost()
    {
        using var t = Open();
        var state = t.CostLabScreen.State;
        decimal SonnetCost() => Row(state, "claude-sonnet-4-6").Cost!.TotalUsd;
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
    }

    [SkippableFact]
    public void Cache_write_share_and_lifetime_are_toggled_and_priced_by_the_providers_rule()
    {
        using var t = Open();
        var state = t.CostLabScreen.State;
        var sonnet = Row(state, "claude-sonnet-4-6");
        var input = sonnet.Cost!.Lines.Single(l => l.Component == CostComponent.Input).UsdPerMillion;

        t.Press('c').Press('c'); // 10% → 25%
        Assert.Equal(0.25m, state.CacheWriteShare);
        Assert.Contains("cache write 25% 5m", t.Screen);
        var fiveMinutes = Row(state, "claude-sonnet-4-6").Cost!.Lines.Single(l => l.Component == CostComponent.CacheWrite);

        t.Press('l');
        Assert.Equal(CacheLifetime.OneHour, state.CacheWriteLifetime);
        Assert.Contains("cache write 25% 1h", t.Screen);
        var oneHour = Row(state, "claude-sonnet-4-6").Cost!.Lines.Single(l => l.Component == CostComponent.CacheWrite);

        Assert.Equal(input * 2m, oneHour.UsdPerMillion); // Anthropic: a 1-hour write costs 2× input
        Assert.True(oneHour.UsdPerMillion > fiveMinutes.UsdPerMillion);
        Assert.NotNull(oneHour.Derived);
        var cell = CostLabColumns.Cell(new CostLabRow(Row(state, "claude-sonnet-4-6"), Share: 0m), CostLabColumn.Cost);
        Assert.EndsWith("*", cell); // derived price marked
        Assert.Contains(t.Lines, l => l.Contains("Claude Sonnet 4.6", StringComparison.Ordinal) && l.Contains(cell, StringComparison.Ordinal));
    }

    [SkippableFact]
    public void The_routing_mix_is_set_per_model_and_its_blended_cost_shown_per_request_and_per_thousand()
    {
        using var t = Open();
        var state = t.CostLabScreen.State;
        Select(t, "claude-sonnet-4-6");
        t.Press('+').Press('+').Press('+'); // 30%
        Select(t, "gpt-4.1");
        t.Press('+').Press('=').Press('+').Press('+').Press('+').Press('-'); // 40%

        var sonnet = Row(state, "claude-sonnet-4-6");
        var gpt = Row(state, "gpt-4.1");
        Assert.Equal(0.3m, state.ShareOf(sonnet.Model.Key));
        Assert.Equal(0.4m, state.ShareOf(gpt.Model.Key));
        Assert.Equal(RoutingChoice.Custom, state.Routing);
        // 70% in all: a visible warning, and the blend over the shares normalised to 100%.
        var blended = (sonnet.Cost!.TotalUsd * 0.3m + gpt.Cost!.TotalUsd * 0.4m) / 0.7m;
        Assert.Equal(blended, state.Mix()!.PerRequestUsd!.Value, 12);
        Assert.Contains("shares sum to 70% (normalised)", t.Screen);
        Assert.Contains($"{PriceFormat.Cost(state.Mix()!.PerRequestUsd!.Value)}/request", t.Screen);
        Assert.Contains($"{PriceFormat.Cost(state.Mix()!.PerRequestUsd!.Value * 1000)} per 1,000", t.Screen);
        Assert.Contains(t.Lines, l => l.Contains("Claude Sonnet 4.6", StringComparison.Ordinal) && l.Contains("30%", StringComparison.Ordinal));

        t.Press('0'); // clears the selected (GPT-4.1) share
        Assert.Equal(0m, state.ShareOf(gpt.Model.Key));
        Assert.Contains("shares sum to 30%", t.Screen);

        t.Press('m'); // preset: equal split over the priced models
        Assert.Equal(RoutingChoice.EqualSplit, state.Routing);
        var priced = state.Rows().Where(r => r.Cost is { Priced: true }).ToList();
        Assert.Equal(1m, state.Shares.Values.Sum());
        Assert.Equal(priced.Count, state.Shares.Count);
        Assert.Contains($"mix equal split, {priced.Count} models", t.Screen);
        Assert.DoesNotContain("shares sum to", t.Screen);

        t.Press('m').Press('m'); // 80/20, then none
        Assert.Empty(state.Shares);
        Assert.Contains("routing mix: none", t.Screen);
    }

    [SkippableFact]
    public void E_exports_the_cost_table_and_w_watches_the_selected_model()
    {
        using var t = Open();
        Select(t, "gpt-4.1");
        t.Press('+');

        t.Press(Key.E);
        var file = Assert.Single(Directory.GetFiles(t.ExportFolder));
        Assert.StartsWith("cost-lab-", Path.GetFileName(file));
        var records = Rfc4180.Parse(Encoding.UTF8.GetString(File.ReadAllBytes(file)[3..]));
        Assert.Equal(CostLabColumns.All.Select(c => c.Header), records[0]);
        Assert.Equal(t.CostLabScreen.State.Rows().Count, records.Count - 1);
        Assert.Contains(records, r => r[1] == "GPT-4.1" && r[3] == "10%");

        t.Press(Key.W);
        Assert.Contains("added openai/gpt-4.1 to Watchlist", t.Lines[^2]);
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
        Assert.DoesNotContain("o200k_base", state.Counts.Keys); // counted in the background…
        Loaded(t);
        Assert.Equal(3, state.Counts["o200k_base"]); // …and shown once done
        Assert.Contains("Tokens · 14 chars", t.Screen);
    }

    [SkippableFact]
    public void While_typing_the_text_is_counted_again_once_typing_pauses()
    {
        RepoPaths.SharedFile("tokenizers");
        var clock = new Terminal.Gui.Time.VirtualTimeProvider();
        using var t = new DashboardHarness(120, 40, clock: clock);
        t.Shell.Show(t.CostLabScreen);
        Loaded(t);
        var state = t.CostLabScreen.State;
        var sample = state.Text;

        t.Press('t');
        t.Type("Hi ");
        clock.Advance(CostLabScreen.RecountDelay - TimeSpan.FromMilliseconds(100));
        t.Pump();
        t.Type("there");
        clock.Advance(CostLabScreen.RecountDelay - TimeSpan.FromMilliseconds(100)); // each key restarts the wait
        t.Pump();
        Assert.Equal(sample, state.Text);

        clock.Advance(TimeSpan.FromMilliseconds(200));
        t.Pump();
        Assert.Equal("Hi there" + sample, state.Text); // typed at the start of the text
        Assert.True(t.CostLabScreen.Typing); // still editing
        Loaded(t);
        Assert.Equal(TokenizerSetup.Registry(t.Cli.Context).Get("cl100k_base").Count(state.Text), state.Counts["cl100k_base"]);
    }

    [SkippableFact]
    public void A_file_is_loaded_by_path_and_a_bad_file_is_a_message_not_a_crash()
    {
        using var t = Open();
        var file = t.Cli.File("prompt.txt");
        File.WriteAllText(file, "价格下降了");
        t.Press('f').Type(file).Press(Key.Enter);
        Assert.Equal("价格下降了", t.CostLabScreen.State.Text);
        Loaded(t);
        Assert.True(t.CostLabScreen.State.Counts["qwen3"] > 0);

        var binary = t.Cli.File("binary.bin");
        File.WriteAllBytes(binary, [0x00, 0x01, 0x02]);
        t.Press('f').Type(binary).Press(Key.Enter);
        Assert.Contains("cannot load", t.CostLabScreen.State.Message);
        Assert.Contains("binary input", t.Screen);

        var large = t.Cli.File("large.txt"); // counted whole (in chunks: over 256 KB), shown in part, not editable
        File.WriteAllText(large, string.Concat(Enumerable.Repeat("价格下降了 prices fell. ", 15000)));
        t.Press('f').Type(large).Press(Key.Enter);
        Assert.True(t.CostLabScreen.State.ShowsPreview);
        Assert.True(t.CostLabScreen.TextArea.Text.Length < CostLabState.EditableChars);
        Assert.Contains("the beginning (counted whole)", t.Screen);
        t.Press('t');
        Assert.False(t.CostLabScreen.Typing);
        Assert.Contains("too long to edit here", t.Screen);
        Loaded(t);
        Assert.Equal(TokenizerSetup.Registry(t.Cli.Context).Get("o200k_base").Count(File.ReadAllText(large)), t.CostLabScreen.State.Counts["o200k_base"]);

        var big = t.Cli.File("big.txt");
        File.WriteAllText(big, new string('a', CostLabState.MaxFileBytes + 1));
        t.Press('f').Type(big).Press(Key.Enter);
        Assert.Contains("more than the 4 MB", t.CostLabScreen.State.Message);
        Assert.StartsWith("价格下降了 prices fell.", t.CostLabScreen.State.Text); // the text before stays
    }

    [SkippableFact]
    public void The_language_tax_uses_the_text_as_either_side()
    {
        using var t = Open();
        var state = t.CostLabScreen.State;
        t.Press('t');
        t.CostLabScreen.TextArea.Text = "Hello";
        t.Press(Key.Esc);
        t.Press('1');
        Assert.Equal("Hello", state.English);
        Loaded(t);
        Assert.Contains(state.LanguageTaxLines(), l => l.StartsWith("English 5 chars", StringComparison.Ordinal));
        Assert.Equal(state.Counts["llama3"], state.CountsOf(CostLabSide.English)["llama3"]);
        t.Press('s');
        Assert.NotEqual("Hello", state.English);
    }

    [SkippableFact]
    public void At_80x24_the_lab_draws_its_panes_and_the_language_tax_is_compact()
    {
        using var t = Open(80, 24);
        Assert.Contains("Tokens", t.Screen);
        Assert.Contains("Cost per request", t.Screen);
        Assert.Contains(t.Lines, l => l.Contains("ZH/EN o200k_base", StringComparison.Ordinal));
        Assert.Contains("ZH vs EN cost:", t.Screen);
        foreach (var name in t.CostLabScreen.State.Tokenizers)
            Assert.Contains(t.Lines, l => l.Contains(name + " ", StringComparison.Ordinal) && l.Contains(" tok ", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void At_80x24_help_shows_every_cost_lab_key()
    {
        using var t = Open(80, 24, loaded: false);
        t.Press('?');
        Assert.True(t.Shell.HelpVisible);
        foreach (var binding in t.CostLabScreen.Keys.Bindings.Where(b => b.ShowInHelp))
            Assert.Contains(t.Lines, l => l.Contains($"  {binding.KeysLabel}  ", StringComparison.Ordinal) && l.Contains(binding.Description[..Math.Min(20, binding.Description.Length)], StringComparison.Ordinal));
    }

    [SkippableFact]
    public void At_120_columns_the_status_bar_shows_the_mix_and_cache_write_keys()
    {
        using var t = Open(120, 40, loaded: false);
        foreach (var hint in new[] { "b  Batch", "h  Hit", "c  Write", "l  TTL", "m  Mix", "+  Share" })
            Assert.Contains(hint, t.Lines[^2]);
    }

    [SkippableFact]
    public void Tab_gives_the_language_tax_pane_the_scroll_keys_and_back()
    {
        using var t = Open(80, 24);
        var pane = t.CostLabScreen.TaxPane;
        Assert.True(pane.Lines.Count > 3); // the summary, then every tokenizer and model: more than the two rows
        Assert.Contains(t.Lines, l => l.Contains($"· 1–2 of {pane.Lines.Count}", StringComparison.Ordinal));

        t.Press(Key.Tab);
        Assert.True(t.CostLabScreen.TaxPaneActive);
        Assert.Contains("▸ Language tax", t.Screen);
        t.Press(Key.CursorDown).Press(Key.CursorDown);
        Assert.Equal(2, pane.Top);
        Assert.Contains(t.Lines, l => l.Contains($"· 3–4 of {pane.Lines.Count}", StringComparison.Ordinal));
        t.Press(Key.End);
        Assert.Contains(t.Lines, l => l.Contains(pane.Lines[^1].TrimEnd(), StringComparison.Ordinal)); // the last model reachable
        t.Press('b'); // the lab's keys still work
        Assert.True(t.CostLabScreen.State.Batch);

        t.Press(Key.Tab);
        Assert.False(t.CostLabScreen.TaxPaneActive);
        Assert.DoesNotContain("▸ Language tax", t.Screen);
        var row = t.CostLabScreen.Table.Value!.SelectedCell.Y;
        t.Press(Key.CursorDown);
        Assert.Equal(row + 1, t.CostLabScreen.Table.Value!.SelectedCell.Y); // arrows move the table again
    }

    [Fact]
    public void Without_tokenizer_files_the_missing_ones_say_how_to_install_them()
    {
        using var t = Open(loaded: false, sharedTokenizers: false);
        Loaded(t);
        var state = t.CostLabScreen.State;

        Assert.Equal(new[] { "deepseek-v3", "llama3", "qwen3" }, state.NotInstalled.Order(StringComparer.Ordinal));
        Assert.Equal(["o200k_base", "cl100k_base"], state.Counts.Keys); // tiktoken ships with sigdash
        Assert.Contains(t.CostLabScreen.TokenPaneLines, l => l.StartsWith("qwen3", StringComparison.Ordinal) && l.EndsWith("not installed", StringComparison.Ordinal));
        Assert.Contains("to install: sigdash tokens --tokenizer NAME FILE", t.Screen);
        Assert.Contains("deepseek-v3, qwen3, llama3 not installed: sigdash tokens --tokenizer NAME FILE, or SIGDASH_TOKENIZERS=DIR", t.Screen); // language tax
        var deepseek = state.Rows().Single(r => r.Model.DisplayName == "DeepSeek V3");
        Assert.StartsWith("not installed: sigdash tokens --tokenizer deepseek-v3 FILE downloads it", deepseek.Problem);
        Assert.Contains(t.Lines, l => l.Contains("DeepSeek V3", StringComparison.Ordinal) && l.Contains("not installed", StringComparison.Ordinal));
    }
}
