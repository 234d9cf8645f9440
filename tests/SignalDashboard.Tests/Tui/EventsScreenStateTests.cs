using SignalDashboard.Core.Catalog.Events;
using SignalDashboard.Core.Watchlists;
using SignalDashboard.Tui.Events;
using static SignalDashboard.Tests.Tui.StateFixtures;

namespace SignalDashboard.Tests.Tui;

/// <summary>
/// The Events screen's decisions without a terminal: the timeline and its filters, the selection and the detail pane
/// that follows it, and the annotations' bookkeeping (add, edit, delete after asking) against a store in memory.
/// Timeline, newest first: a note on RENDER (2026-02-20), Opus 4.6's input cut (2026-02-05), GPT Mini's (2025-06-01).
/// </summary>
public sealed class EventsScreenStateTests
{
    private const string OpusCut = "claude-opus-4-6 input $15.00 → $5.00 (-66.7%)";
    private const string MiniCut = "gpt-mini input $0.50 → $0.40 (-20.0%)";
    private static readonly DateTimeOffset Noon = Time("2026-03-01").AddHours(12);
    private static readonly Annotation RenderNote = new(7, Time("2026-02-20"), "Asset note", "about render", ["gpu"], Asset: "RENDER");

    private readonly MemoryAnnotationStore _store = new();
    private IReadOnlyList<Annotation>? _announced;

    private EventsScreenState State(params Annotation[] annotations)
    {
        _store.Saved.AddRange(annotations);
        var state = new EventsScreenState(
            [Changed("2025-06-01", Mini, 0.5m, 0.4m), Changed("2026-02-05", Opus46, 15m, 5m)],
            new AnnotationBook(annotations, _store, () => Noon),
            Today);
        state.AnnotationsChanged += list => _announced = list;
        return state;
    }

    private static List<string> Titles(EventsScreenState state) => state.Visible.Select(r => r.Title).ToList();

    [Fact]
    public void The_timeline_is_newest_first_and_kind_period_provider_and_search_narrow_it()
    {
        var state = State(RenderNote);
        Assert.Equal(["Asset note", OpusCut, MiniCut], Titles(state));

        state.CycleKind();
        Assert.Equal("2 of 3 events · price changes", state.FilterSummary);
        state.CycleKind();
        Assert.Equal(["Asset note"], Titles(state));
        state.CycleKind();

        var counts = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            state.CyclePeriod();
            counts.Add(state.Visible.Count);
        }
        Assert.Equal([0, 2, 2, 3, 3], counts); // 7, 30, 90, 365 days back from 2026-03-01, then all

        state.CycleProvider(); // anthropic, the first provider in order
        Assert.Equal([OpusCut], Titles(state));
        state.ClearFilters();
        state.SetSearch("GPU"); // a tag
        Assert.Equal(["Asset note"], Titles(state));
        Assert.Equal("Events · 1 of 3 events · search: \"GPU\"", state.TableTitle);
    }

    [Fact]
    public void The_selected_event_stays_selected_across_filters_and_the_detail_follows_it()
    {
        var state = State(RenderNote);
        state.StudyLines = day => [$"study of {day:yyyy-MM-dd}"];

        state.Select(1);
        Assert.Equal("Price change", state.DetailTitle);
        Assert.Equal(OpusCut, state.DetailLines[0]);
        Assert.Equal("study of 2026-02-05", state.DetailLines[^1]);

        state.CycleKind(); // price changes: the Opus cut is still shown, now on top
        Assert.Equal(0, state.SelectedIndex);
        Assert.Equal(OpusCut, state.Selected?.Title);

        state.CycleKind(); // annotations: the Opus cut is hidden, the top row is taken
        Assert.Equal("Annotation", state.DetailTitle);
        Assert.Equal("Asset note", state.DetailLines[0]);
        Assert.Contains("tags: gpu", state.DetailLines);

        state.SetSearch("nothing like this");
        Assert.Equal("Event", state.DetailTitle);
        Assert.Equal(["No event matches the filters. c clears them."], state.DetailLines);
        Assert.Equal("Press a to add an annotation.", new EventsScreenState([], new AnnotationBook([], _store, () => Noon), Today).DetailLines[^1]);
    }

    [Fact]
    public void A_new_annotation_on_a_price_change_is_linked_to_its_model_saved_listed_selected_and_announced()
    {
        var state = State();
        state.Select(0); // the Opus cut

        var form = state.NewAnnotationForm();
        Assert.Equal("2026-03-01 12:00", form.Date);
        Assert.Equal("anthropic/claude-opus-4-6", form.Link);

        Assert.Null(state.Save(form with { Title = "Opus cut" }, id: 0));

        Assert.Equal(["add"], _store.Calls);
        var saved = Assert.Single(state.Annotations);
        Assert.Equal(1, saved.Id); // as the store numbered it
        Assert.Equal(Opus46, saved.Model);
        Assert.Equal(saved.Id, state.Selected?.AnnotationId);
        Assert.Equal(3, state.Visible.Count);
        Assert.Same(state.Annotations, _announced);
    }

    [Fact]
    public void A_wrong_form_or_a_refusing_store_is_an_error_and_changes_nothing()
    {
        var state = State();
        var form = state.NewAnnotationForm() with { Title = "  " };

        Assert.Equal("title: an annotation needs a title", state.Save(form, id: 0));
        Assert.Empty(_store.Calls);

        _store.Refuse = true;
        Assert.Equal("not saved: the store is in use by another sigdash", state.Save(form with { Title = "Kept?" }, id: 0));
        Assert.Empty(state.Annotations);
        Assert.Equal(2, state.Visible.Count);
        Assert.Null(_announced);
    }

    [Fact]
    public void Editing_replaces_the_annotation_where_it_was()
    {
        var state = State(RenderNote);
        state.Select(1);
        Assert.Null(state.EditForm()); // a price change is not edited

        state.Select(0);
        var (form, id) = state.EditForm()!.Value;
        Assert.Equal(("Asset note", 7L), (form.Title, id));
        Assert.Null(state.Save(form with { Title = "Asset note (edited)" }, id));

        Assert.Equal(["update"], _store.Calls);
        Assert.Equal("Asset note (edited)", Assert.Single(state.Annotations).Title);
        Assert.Equal("Asset note (edited)", state.Selected?.Title);
        Assert.NotNull(_announced);
    }

    [Fact]
    public void A_delete_is_asked_first_and_the_question_stays_until_answered()
    {
        var state = State(RenderNote);
        state.Select(1);
        state.AskDelete();
        Assert.False(state.ConfirmingDelete); // only annotations are deleted

        state.Select(0);
        state.AskDelete();
        state.Select(2); // the cursor moves; the question stays
        Assert.Equal("Delete?", state.DetailTitle);
        Assert.Equal(["Delete the annotation \"Asset note\"?", "", "y delete · n or Esc keep"], state.DetailLines);

        state.CancelDelete();
        Assert.False(state.ConfirmingDelete);
        Assert.Equal(MiniCut, state.DetailLines[0]);
        Assert.Empty(_store.Calls);

        state.Select(0);
        state.AskDelete();
        state.ConfirmDelete();

        Assert.Equal(["delete"], _store.Calls);
        Assert.Empty(state.Annotations);
        Assert.Equal([OpusCut, MiniCut], Titles(state));
        Assert.Equal(0, state.SelectedIndex);
        Assert.Empty(_announced!);
    }

    [Fact]
    public void A_delete_the_store_refuses_keeps_the_annotation_and_says_why()
    {
        var state = State(RenderNote);
        state.Select(0);
        state.AskDelete();
        _store.Refuse = true;

        state.ConfirmDelete(); // must not throw into the UI loop

        Assert.False(state.ConfirmingDelete);
        Assert.Single(state.Annotations);
        Assert.Equal("not deleted: the store is in use by another sigdash", state.DetailLines[^1]);
    }

    [Fact]
    public void An_annotations_detail_names_the_keys_the_screen_gives_it()
    {
        var state = State(RenderNote);
        state.Select(0);
        Assert.DoesNotContain(state.DetailLines, line => line.Contains(" edit · ", StringComparison.Ordinal));

        state.AnnotationKeys = "m edit · x delete";

        Assert.Equal("m edit · x delete", state.DetailLines[^1]);
        state.Select(1); // a price change: nothing to edit
        Assert.DoesNotContain("m edit · x delete", state.DetailLines);
    }

    [Fact]
    public void An_annotation_the_store_does_not_have_stays_listed_after_a_delete()
    {
        var state = new EventsScreenState([], new AnnotationBook([RenderNote], _store, () => Noon), Today); // the store is empty

        state.AskDelete();
        state.ConfirmDelete();

        Assert.Equal(["delete"], _store.Calls);
        Assert.Single(state.Annotations);
    }

    [Fact]
    public void Enter_on_a_model_the_catalog_lacks_says_so_until_the_cursor_moves()
    {
        var state = State(RenderNote);
        var asked = new List<string>();
        state.StudyLines = _ => ["a study"];
        state.OpenModel = (provider, model) =>
        {
            asked.Add($"{provider}/{model}");
            return false;
        };

        state.Select(0); // a note on an asset: no model to open
        state.OpenSelectedModel();
        state.Select(1);
        state.OpenSelectedModel();

        Assert.Equal(["anthropic/claude-opus-4-6"], asked);
        Assert.Equal("anthropic/claude-opus-4-6 is not one of the catalog's models (only its sources list it).", state.DetailLines[^1]);
        Assert.DoesNotContain("a study", state.DetailLines);

        state.Select(2);
        Assert.Equal("a study", state.DetailLines[^1]);
    }

    [Fact]
    public void W_watches_the_events_model_or_the_asset_a_note_is_linked_to()
    {
        var state = State(RenderNote);

        Assert.Equal(WatchItem.ForAsset("RENDER"), state.SelectedWatchItem);
        state.Select(1);
        Assert.Equal(WatchItem.ForModel(Opus46), state.SelectedWatchItem);
    }
}
