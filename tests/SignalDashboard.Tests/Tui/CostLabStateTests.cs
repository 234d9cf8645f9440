using System.Globalization;
using SignalDashboard.Composition;
using SignalDashboard.Core.Watchlists;
using SignalDashboard.Tests.Cli;
using SignalDashboard.Tui.CostLab;
using SignalDashboard.Dashboard;

namespace SignalDashboard.Tests.Tui;

/// <summary>
/// The Cost lab without a terminal: counts handed back by the counter, stale counts dropped, cache shares kept valid,
/// the routing mix. Only the tiktoken tokenizers (shipped with sigdash): the tokenizer.json ones are not installed
/// in the temp home.
/// </summary>
public sealed class CostLabStateTests : IDisposable
{
    private readonly TestCli _cli = new();
    private readonly CostLabData _data;
    private readonly CostLabState _state;

    public CostLabStateTests()
    {
        using var session = StoreSession.Open(_cli.Context, dbOption: null);
        _data = CostLabData.Load(_cli.Context);
        _state = new CostLabState(session.Catalog, session.Catalog.LatestDay, _data);
    }

    public void Dispose() => _cli.Dispose();

    private void CountNow() => CostLabCounter.CountNow(_state, _data.Tokenizers);

    private CostRow Row(string displayName) => _state.Rows().Single(r => r.Model.DisplayName == displayName);

    [Fact]
    public void Counting_fills_every_side_and_marks_missing_tokenizer_files_not_installed()
    {
        Assert.True(_state.IsCounting);
        Assert.Equal("waiting to count…", _state.Progress);

        CountNow();

        Assert.False(_state.IsCounting);
        Assert.Null(_state.Progress);
        var o200k = _data.Tokenizers.Get("o200k_base");
        Assert.Equal(o200k.Count(_state.Text), _state.Counts["o200k_base"]);
        Assert.Equal(o200k.Count(_state.Chinese), _state.CountsOf(CostLabSide.Chinese)["o200k_base"]);
        Assert.Equal(_state.Counts["cl100k_base"], _state.CountsOf(CostLabSide.English)["cl100k_base"]); // same sample text
        Assert.Equal(new[] { "deepseek-v3", "llama3", "qwen3" }, _state.NotInstalled.Order(StringComparer.Ordinal));
        Assert.Contains(CostLabState.InstallHint, _state.LanguageTaxLines(compact: true));
        Assert.StartsWith("not installed: sigdash tokens --tokenizer deepseek-v3 FILE", Row("DeepSeek V3").Problem);
    }

    [Fact]
    public void A_count_of_a_text_no_longer_shown_is_dropped()
    {
        CountNow();
        var work = _state.NextWork();
        Assert.True(work.IsEmpty);

        _state.SetText("first edit");
        work = _state.NextWork();
        var side = Assert.Single(work.Sides);
        Assert.Equal("first edit", side.Text);
        Assert.Equal(["o200k_base", "cl100k_base"], side.Tokenizers);
        _state.SetText("second edit");
        var newer = _state.NextWork(); // what the counter does on the edit: a new job, the old one cancelled
        _state.Counted("first edit", "o200k_base", 99); // the stale job finishes late

        Assert.False(_state.Counts.ContainsKey("o200k_base"));
        Assert.True(_state.IsCounting);
        _state.Working(work.Job, "o200k_base", "counting", "1 of 2"); // an old job's progress is not shown either
        Assert.Equal("waiting to count…", _state.Progress);
        _state.Working(newer.Job, "o200k_base", "counting", "1 of 2");
        Assert.Equal("counting o200k_base… 1 of 2", _state.Progress);
        _state.Working(newer.Job, "o200k_base", "counting", "1 of 2");
        Assert.Equal("counting o200k_base… 1 of 2", _state.Progress);

        CountNow();
        Assert.Equal(_data.Tokenizers.Get("o200k_base").Count("second edit"), _state.Counts["o200k_base"]);
    }

    [Fact]
    public void Using_the_text_as_a_language_side_reuses_its_counts()
    {
        CountNow();
        _state.SetText("价格下降了");
        CountNow();

        _state.UseTextAsChinese();

        Assert.False(_state.IsCounting);
        Assert.Equal(_state.Counts["o200k_base"], _state.CountsOf(CostLabSide.Chinese)["o200k_base"]);
    }

    [Fact]
    public void Cache_hit_and_write_shares_never_add_up_to_more_than_all_of_the_input()
    {
        CountNow();
        _state.CycleCacheWrite();
        _state.CycleCacheWrite();
        _state.CycleCacheWrite();
        Assert.Equal(0.5m, _state.CacheWriteShare);

        var seen = new List<decimal>();
        for (var i = 0; i < 5; i++)
        {
            _state.CycleCacheHit();
            seen.Add(_state.CacheHitShare);
        }

        Assert.Equal([0.25m, 0.5m, 0m, 0.25m, 0.5m], seen); // 75% and 90% skipped
        Assert.NotEmpty(_state.Rows()); // every scenario priced is valid (the engine refuses shares above 100%)
        Assert.Equal("batch off · cache hit 50% · cache write 50% 5m · out/in 0.5", _state.SettingsLine());
    }

    [Fact]
    public void Shares_stay_within_0_and_100_and_a_model_without_a_cost_is_left_out_of_the_blend()
    {
        CountNow();
        var gpt = Row("GPT-4.1");
        var nano = Row("GPT-4.1 Nano"); // no output price in the catalog
        Assert.False(nano.Cost?.Priced ?? false);

        for (var i = 0; i < 12; i++) _state.AdjustShare(gpt.Model.Key, CostLabState.ShareStep);
        Assert.Equal(1m, _state.ShareOf(gpt.Model.Key));
        _state.AdjustShare(nano.Model.Key, CostLabState.ShareStep);

        var mix = _state.Mix()!;
        Assert.Equal(1.1m, mix.ShareSum);
        Assert.Equal(gpt.Cost!.TotalUsd, mix.PerRequestUsd);
        Assert.Equal([nano.Model.Key], mix.LeftOut);
        Assert.Contains("⚠ shares sum to 110% (normalised)", _state.MixLine());
        Assert.Contains("1 without a cost left out", _state.MixLine());

        _state.AdjustShare(nano.Model.Key, -CostLabState.ShareStep);
        _state.AdjustShare(nano.Model.Key, -CostLabState.ShareStep);
        Assert.Equal(0m, _state.ShareOf(nano.Model.Key));
        Assert.False(_state.Shares.ContainsKey(nano.Model.Key));
        Assert.StartsWith("mix custom, 1 model: ", _state.MixLine());
    }

    [Fact]
    public void The_80_20_preset_routes_most_requests_to_the_cheapest_priced_model()
    {
        CountNow();
        var priced = _state.Rows().Where(r => r.Cost is { Priced: true }).OrderBy(r => r.Cost!.TotalUsd).ToList();

        _state.NextPreset();
        _state.NextPreset();

        Assert.Equal(RoutingChoice.CheapestMostly, _state.Routing);
        Assert.Equal(0.8m, _state.ShareOf(priced[0].Model.Key));
        Assert.Equal(0.2m, _state.ShareOf(priced[^1].Model.Key));
        Assert.Equal(priced[0].Cost!.TotalUsd * 0.8m + priced[^1].Cost!.TotalUsd * 0.2m, _state.Mix()!.PerRequestUsd);
    }

    [Fact]
    public void The_share_keys_change_the_model_under_the_cursor_only()
    {
        var rows = _state.Rows();
        _state.Select(2);

        _state.AdjustSelectedShare(CostLabState.ShareStep);

        Assert.Equal(WatchItem.ForModel(rows[2].Model.Key), _state.SelectedWatchItem);
        Assert.Equal(0.1m, _state.ShareOf(rows[2].Model.Key));
        Assert.Equal("10%", CostLabColumns.Cell(_state.TableRows()[2], CostLabColumn.Share));
        Assert.Equal("", CostLabColumns.Cell(_state.TableRows()[1], CostLabColumn.Share));
        _state.ClearSelectedShare();
        Assert.Empty(_state.Shares);

        _state.Select(rows.Count); // past the last row: no model is under the cursor
        _state.AdjustSelectedShare(CostLabState.ShareStep);
        Assert.Null(_state.SelectedModel);
        Assert.Empty(_state.Shares);
    }

    [Fact]
    public void The_input_tokens_column_shows_the_count_of_the_models_own_tokenizer()
    {
        CountNow();
        var gpt = _state.TableRows().Single(r => r.Cost.Model.DisplayName == "GPT-4.1");

        Assert.Equal(_state.Counts[gpt.Cost.Tokenizer!.Tokenizer], gpt.Cost.InputTokens);
        Assert.Equal(gpt.Cost.InputTokens!.Value.ToString("N0", CultureInfo.InvariantCulture), CostLabColumns.Cell(gpt, CostLabColumn.InputTokens));
        Assert.Equal(Enum.GetValues<CostLabColumn>(), CostLabColumns.All.Select(c => c.Name));
        Assert.Equal([CostLabColumn.Cost, CostLabColumn.Share, CostLabColumn.InputTokens, CostLabColumn.OutputTokens],
            CostLabColumns.All.Where(c => c.AlignRight).Select(c => c.Name));
    }

    [Fact]
    public void A_text_too_long_to_edit_shows_its_beginning_never_half_a_character_and_t_says_why_not()
    {
        Assert.True(_state.StartEditing());
        Assert.Equal(_state.Text, _state.TextShown);
        Assert.Equal("Text · t edit · f load a file", _state.TextTitle(editing: false));

        var head = new string('a', CostLabState.PreviewChars - 1);
        _state.SetText(head + "😀" + new string('b', CostLabState.EditableChars)); // the emoji's first half would be the last char shown

        Assert.True(_state.ShowsPreview);
        Assert.Equal(head + "…", _state.TextShown);
        Assert.False(_state.StartEditing());
        Assert.Equal(["too long to edit here (over 32 KB): edit the file, then f loads it again"], _state.MessageLines);
        Assert.Equal("Text · the beginning (counted whole) · f load", _state.TextTitle(editing: false));
        Assert.Equal("Text · editing: Esc ends (recounts as you pause)", _state.TextTitle(editing: true));
    }

    [Fact]
    public void The_titles_give_the_texts_size_and_mark_the_focused_tax_pane()
    {
        _state.SetText("héllo");

        Assert.Equal("Tokens · 5 chars, 6 bytes", _state.TokensTitle);
        Assert.Equal("▸ Language tax ZH vs EN (1 / 2 set a side · s sample · Tab) · 3–8 of 16", CostLabState.TaxTitle(focused: true, "3–8 of 16"));
        Assert.Equal("Language tax ZH vs EN (1 / 2 set a side · s sample · Tab)", CostLabState.TaxTitle(focused: false, null));
        Assert.Empty(_state.MessageLines);
    }
}
