using SignalDashboard.Charts;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Events;
using SignalDashboard.Core.Watchlists;
using SignalDashboard.Presentation;
using SignalDashboard.Tui.Catalog;
using SignalDashboard.Tui.Tables;
using static SignalDashboard.Tests.Tui.StateFixtures;

namespace SignalDashboard.Tests.Tui;

/// <summary>
/// The Catalog screen's decisions without a terminal, on the four models of <see cref="StateFixtures"/>: order,
/// filters and search, the selection kept across them, the chart and detail of the selected model, Reveal.
/// </summary>
public sealed class CatalogScreenStateTests
{
    private static readonly ModelCatalog Models = Catalog();

    private static CatalogScreenState State(IReadOnlyList<CatalogRow>? rows = null) =>
        new(Models, Today, rows ?? CatalogRow.Build(Models, Today));

    private static List<string> Names(CatalogScreenState state) => state.Visible.Select(r => r.Name).ToList();

    private static string Header(CatalogScreenState state, CatalogColumn column) =>
        state.Headers[CatalogColumns.All.ToList().FindIndex(c => c.Name == column)];

    private static void SelectModel(CatalogScreenState state, string name) => state.Select(Names(state).IndexOf(name));

    [Fact]
    public void Rows_start_cheapest_input_first_and_choosing_the_column_again_reverses_it()
    {
        var state = State();

        Assert.Equal(["Llama Free", "GPT Mini", "Claude Opus 4.6", "Claude Opus 4"], Names(state));
        Assert.Equal("Input▲", Header(state, CatalogColumn.Input));

        state.SortBy(CatalogColumn.Input);
        Assert.Equal(["Claude Opus 4", "Claude Opus 4.6", "GPT Mini", "Llama Free"], Names(state));
        Assert.Equal("Input▼", Header(state, CatalogColumn.Input));

        state.SortBy(CatalogColumn.Model);
        Assert.Equal(["Claude Opus 4", "Claude Opus 4.6", "GPT Mini", "Llama Free"], Names(state));
        Assert.Equal("Input", Header(state, CatalogColumn.Input));
        Assert.Equal("Model▲", Header(state, CatalogColumn.Model));
    }

    [Fact]
    public void A_model_without_a_value_sorts_last_in_either_direction()
    {
        var state = State();

        state.SortBy(CatalogColumn.Context); // Llama Free has no context window
        Assert.Equal(["Claude Opus 4", "GPT Mini", "Claude Opus 4.6", "Llama Free"], Names(state));
        state.SortBy(CatalogColumn.Context);
        Assert.Equal(["Claude Opus 4.6", "GPT Mini", "Claude Opus 4", "Llama Free"], Names(state));
    }

    [Fact]
    public void The_next_column_key_steps_right_and_wraps_to_the_first()
    {
        var state = State();

        state.SortByNextColumn();
        Assert.Equal(CatalogColumn.Output, state.SortColumn);

        state.SortBy(CatalogColumn.Sources);
        state.SortByNextColumn();
        Assert.Equal(CatalogColumn.Provider, state.SortColumn);
        Assert.False(state.Descending);
    }

    [Fact]
    public void The_selected_model_stays_selected_while_it_is_shown_and_the_top_row_is_taken_when_it_is_not()
    {
        var state = State();
        SelectModel(state, "Claude Opus 4.6");

        state.SortBy(CatalogColumn.Model);
        Assert.Equal("Claude Opus 4.6", state.Selected?.Name);
        Assert.Equal(1, state.SelectedIndex);

        state.CycleTier(); // Free: Llama Free only
        Assert.Equal("Llama Free", state.Selected?.Name);
        Assert.Equal("Models · 1 of 4 models · tier: Free · sort: Model ↑", state.TableTitle);

        state.Select(99);
        Assert.Equal(0, state.SelectedIndex);
    }

    [Fact]
    public void Search_matches_provider_name_id_tokenizer_and_tier()
    {
        var state = State();

        state.SetSearch(" o200k ");
        Assert.Equal(["GPT Mini"], Names(state));
        Assert.Equal("o200k", state.Search);

        state.SetSearch("mid");
        Assert.Equal(["Claude Opus 4.6"], Names(state));

        state.ClearFilters();
        Assert.Equal(4, state.Visible.Count);
    }

    [Fact]
    public void With_no_row_the_panes_say_why_and_the_detail_title_keeps_the_last_model()
    {
        var state = State();
        SelectModel(state, "Claude Opus 4.6");

        state.SetSearch("zzz");

        Assert.Null(state.Selected);
        Assert.Equal(["No model matches \"zzz\". Esc clears the search."], state.DetailLines);
        Assert.Equal("Price history", state.ChartTitle);
        Assert.Empty(state.ChartSeries);
        Assert.Equal("no model matches", state.ChartOptions.NoDataText);
        Assert.Equal("Details · Claude Opus 4.6", state.DetailTitle);
        Assert.Equal(["No models."], new CatalogScreenState(ModelCatalog.Empty, Today, []).DetailLines);
    }

    [Fact]
    public void The_chart_and_the_detail_follow_the_selected_model_along_its_lineage()
    {
        var state = State();
        state.SetAnnotations(
        [
            new Annotation(1, Time("2025-09-01"), "Opus launch party", Model: Opus4),
            new Annotation(2, Time("2025-10-01"), "Mini note", Model: Mini),
        ]);

        SelectModel(state, "Claude Opus 4.6");

        Assert.Equal("Price history · Claude Opus 4.6", state.ChartTitle);
        Assert.Equal("Details · Claude Opus 4.6", state.DetailTitle);
        var input = state.ChartSeries.Single(s => s.Name == "input");
        Assert.Equal([15d, 5d], input.Points.Select(p => p.Y)); // Opus 4's price, then its successor's
        Assert.Equal(["Opus launch…", "-66.7%"], state.ChartMarkers.Select(m => m.Label)); // the Mini note is not on this line
        Assert.Equal(ChartTime.ToX(Time("2026-03-01")), state.ChartOptions.XMax);
        Assert.Equal("anthropic/claude-opus-4-6", state.DetailLines[0]);
        Assert.Contains("2026-02-05 input $15.00→$5.00 -66.7% (from Claude Opus 4)", state.DetailLines);
    }

    [Fact]
    public void Reveal_clears_only_the_filters_that_hide_the_model_and_finds_a_sources_spelling()
    {
        var rows = CatalogRow.Build(Models, Today)
            .Select(r => r.Model.Key == Opus46
                ? new CatalogRow(r.Model, r.Prices, r.LastChange,
                    [new SourceListing("openrouter", Today, "openrouter", "anthropic/claude-opus-4.6", new Dictionary<PriceField, decimal> { [PriceField.Input] = 5m })])
                : r)
            .ToList();
        var state = State(rows);

        state.CycleTier(); // Free
        Assert.Equal(CatalogReveal.SelectedAfterClearingFilters, state.Reveal("openrouter", "anthropic/claude-opus-4.6"));
        Assert.Null(state.Tier);
        Assert.Equal("Claude Opus 4.6", state.Selected?.Name);

        state.SetSearch("gpt");
        Assert.Equal(CatalogReveal.Selected, state.Reveal("openai", "gpt-mini"));
        Assert.Equal("gpt", state.Search);

        Assert.Equal(CatalogReveal.NotInCatalog, state.Reveal("azure", "text-davinci-003"));
        Assert.Equal("gpt", state.Search);
        Assert.Equal("GPT Mini", state.Selected?.Name);
    }

    [Fact]
    public void Only_a_curated_model_can_be_watched()
    {
        var opus = CatalogRow.Build(Models, Today).Single(r => r.Model.Key == Opus46);
        var listedOnly = new CatalogRow(opus.Model with { Key = new ModelKey("openrouter", "opus-copy") }, opus.Prices, null, [], IsCurated: false);
        var state = State([opus, listedOnly]);

        state.Select(state.Visible.ToList().FindIndex(r => r.Model.Key == Opus46));
        Assert.Equal(WatchItem.ForModel(Opus46), state.SelectedWatchItem);

        state.Select(state.Visible.ToList().FindIndex(r => !r.IsCurated));
        Assert.Null(state.SelectedWatchItem);
    }

    [Fact]
    public void The_curated_models_come_first_until_a_sort_is_chosen_and_u_brings_that_back()
    {
        var curated = CatalogRow.Build(Models, Today);
        var free = curated.Single(r => r.Name == "Llama Free");
        var listedOnly = new CatalogRow(free.Model with { Key = new ModelKey("openrouter", "free-copy"), DisplayName = "Free copy" }, free.Prices, null, [],
            IsCurated: false);
        var state = State([.. curated, listedOnly]);

        // The listed-only model is as cheap as the cheapest curated one, yet comes after every curated model.
        Assert.Equal(["Llama Free", "GPT Mini", "Claude Opus 4.6", "Claude Opus 4", "Free copy"], Names(state));
        Assert.EndsWith("sort: Input ↑, curated first", state.TableTitle);

        state.SortBy(CatalogColumn.Model);
        Assert.False(state.CuratedFirst);
        Assert.Equal(["Claude Opus 4", "Claude Opus 4.6", "Free copy", "GPT Mini", "Llama Free"], Names(state));

        state.ToggleCuratedFirst();
        Assert.Equal(["Claude Opus 4", "Claude Opus 4.6", "GPT Mini", "Llama Free", "Free copy"], Names(state));
    }

    [Fact]
    public void The_columns_follow_the_enum_and_show_quoted_and_derived_prices_apart()
    {
        var opus = CatalogRow.Build(Models, Today).Single(r => r.Model.Key == Opus46);
        var numbers = CatalogColumns.All.Where(c => c.AlignRight).Select(c => c.Name);
        var tier = CatalogColumns.All.Of(CatalogColumn.Tier);

        Assert.Equal(Enum.GetValues<CatalogColumn>(), CatalogColumns.All.Select(c => c.Name)); // the number keys sort by this order
        Assert.Equal([CatalogColumn.Input, CatalogColumn.Output, CatalogColumn.Cached, CatalogColumn.BatchInput, CatalogColumn.Context, CatalogColumn.LastChange], numbers);
        Assert.Equal("$5.00 ", CatalogColumns.Cell(opus, CatalogColumn.Input));          // quoted: a blank where the mark goes
        Assert.Equal("$0.50" + PriceFormat.DerivedMark, CatalogColumns.Cell(opus, CatalogColumn.Cached)); // 10% of input, the provider's policy
        Assert.Equal("Mid", CatalogColumns.Cell(opus, CatalogColumn.Tier));
        Assert.Equal([CellTone.Good, CellTone.Mild, CellTone.Caution, CellTone.Bad, CellTone.Plain], new[] { "Free", "Budget", "Mid", "Top", "—" }.Select(tier.Tone!));
    }
}
