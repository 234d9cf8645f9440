using SignalDashboard.Core.Watchlists;
using SignalDashboard.Dashboard;
using SignalDashboard.Presentation.Watchlists;
using SignalDashboard.Tui.Tables;
using SignalDashboard.Tui.Watchlists;
using static SignalDashboard.Tests.Tui.StateFixtures;

namespace SignalDashboard.Tests.Tui;

/// <summary>
/// The Watchlists screen's decisions without a terminal: which list and item are shown, the heading, what the keys
/// change in the store (a store in memory here), the name prompt, and the table's columns for a width.
/// </summary>
public sealed class WatchlistsScreenStateTests
{
    private static readonly WatchItem Render = WatchItem.ForAsset("RENDER");
    private static readonly WatchItem Opus = WatchItem.ForModel(Opus46);
    private static readonly WatchItem MiniItem = WatchItem.ForModel(Mini);

    private readonly MemoryWatchlists _store = new(
        new Watchlist("Compute", [Render, Opus, MiniItem]),
        new Watchlist("Models", [Opus]));
    private readonly List<string> _said = [];

    private WatchlistsScreenState State()
    {
        var universe = new WatchUniverse(Catalog(), Today, [new WatchAsset(Asset("RENDER"), Entry("RENDER", "demo", Flat(3)).Daily)]);
        var state = new WatchlistsScreenState(_store.List(), universe, _store);
        state.Said += _said.Add;
        return state;
    }

    [Fact]
    public void The_arrows_step_through_the_lists_round_and_each_list_starts_on_its_first_item()
    {
        var state = State();
        Assert.Equal("Compute (1/2) · 3 items", state.Heading);
        state.SelectItem(2);

        state.ShowList(+1);
        Assert.Equal("Models (2/2) · 1 item", state.Heading);
        Assert.Equal(0, state.ItemIndex);
        state.ShowList(+1);
        Assert.Equal("Compute", state.Current?.Name);
        state.ShowList(-1);
        Assert.Equal("Models", state.Current?.Name);

        state.SelectItem(5);
        Assert.Equal(0, state.ItemIndex); // one item: the cursor stays on it
        Assert.Equal(Opus, state.SelectedItem);
    }

    [Fact]
    public void Without_lists_the_heading_says_how_to_make_one()
    {
        var state = new WatchlistsScreenState([], new WatchUniverse(Catalog(), Today, []));

        Assert.StartsWith("No watchlists yet: press w", state.Heading);
        Assert.Empty(state.Rows);
        Assert.Null(state.SelectedItem);
    }

    [Fact]
    public void Remove_takes_the_selected_item_out_of_the_stored_list_and_says_so()
    {
        var state = State();
        state.SelectItem(1);

        state.RemoveSelected();

        Assert.Equal([Render, MiniItem], _store.Lists[0].Items);
        Assert.Equal([Render, MiniItem], state.Current?.Items);
        Assert.Equal(["removed anthropic/claude-opus-4-6 from Compute"], _said);
    }

    [Fact]
    public void Moving_an_item_moves_the_cursor_with_it_and_stops_at_the_ends()
    {
        var state = State();

        state.MoveSelected(+1);
        Assert.Equal([Opus, Render, MiniItem], state.Current?.Items);
        Assert.Equal(1, state.ItemIndex);
        Assert.Equal(Render, state.SelectedItem);

        state.MoveSelected(+5);
        Assert.Equal([Opus, MiniItem, Render], state.Current?.Items);
        Assert.Equal(2, state.ItemIndex);
    }

    [Fact]
    public void Rename_opens_a_prompt_with_the_name_and_shows_the_list_under_its_new_name()
    {
        var state = State();
        state.ShowList(+1);

        state.StartRename();
        Assert.Equal(new WatchlistPrompt("Rename to: ", "Models"), state.Prompt);
        state.SubmitPrompt("Frontier");

        Assert.Null(state.Prompt);
        Assert.Equal(["Compute", "Frontier"], _store.Lists.Select(l => l.Name));
        Assert.Equal("Frontier", state.Current?.Name);
    }

    [Fact]
    public void A_new_list_is_shown_at_once_and_a_cancelled_prompt_changes_nothing()
    {
        var state = State();

        state.StartNew();
        state.CancelPrompt();
        state.SubmitPrompt("Never");
        Assert.Equal(2, _store.Lists.Count);

        state.StartNew();
        Assert.Equal(new WatchlistPrompt("New list: ", ""), state.Prompt);
        state.SubmitPrompt("GPUs");
        Assert.Equal("GPUs (3/3) · 0 items", state.Heading);
    }

    [Fact]
    public void A_change_the_store_refuses_is_said_and_the_lists_stay()
    {
        var state = State();
        state.StartNew();

        state.SubmitPrompt("compute"); // names compare without case

        Assert.Equal(["a list named compute exists"], _said);
        Assert.Equal("Compute", state.Current?.Name);
        Assert.Equal(2, state.Lists.Count);
    }

    [Fact]
    public void A_remove_the_store_refuses_says_why_and_never_that_it_was_removed()
    {
        var locked = new LockedWatchlists(_store.List());
        var state = new WatchlistsScreenState(locked.List(), State().Universe, locked);
        state.Said += _said.Add;
        var item = state.SelectedItem;

        state.RemoveSelected();

        Assert.Equal(["not saved: the store is in use by another sigdash"], _said);
        Assert.Contains(item!.Value, state.Current!.Items);
    }

    [Fact]
    public void Without_a_store_the_keys_change_nothing()
    {
        var readOnly = new WatchlistsScreenState(_store.List(), State().Universe);

        readOnly.MoveSelected(+1);
        readOnly.StartNew();
        readOnly.SubmitPrompt("GPUs");

        Assert.Equal([Render, Opus, MiniItem], readOnly.Current?.Items);
        Assert.Equal(2, readOnly.Lists.Count);
    }

    [Fact]
    public void A_narrow_table_drops_the_name_and_the_input_price_and_shortens_ids()
    {
        var full = WatchlistsColumns.For(WatchLayout.FullWidth);
        var narrow = WatchlistsColumns.For(80);
        var opusRow = State().Rows[1];

        Assert.Equal(Enum.GetValues<WatchlistColumn>(), full.Select(c => c.Name));
        Assert.Equal(["Item", "Name", "Data", "Price", "24h Δ", "7d Δ", "In/1M", "Out/1M", "Last change"], full.Select(c => c.Header)); // the enum names WatchCells' columns
        Assert.DoesNotContain(narrow, c => c.Name is WatchlistColumn.Name or WatchlistColumn.InputPerMillion);
        Assert.Equal("anthropic/claude-opus-4-6", WatchlistsColumns.Cell(opusRow, WatchlistColumn.Item, WatchLayout.FullWidth));
        Assert.Equal("claude-opus-4-6", WatchlistsColumns.Cell(opusRow, WatchlistColumn.Item, 80));
        Assert.Equal(CellTone.Caution, full.Of(WatchlistColumn.Data).Tone!("DEMO"));
        Assert.Equal(
            [WatchlistColumn.Price, WatchlistColumn.Change24h, WatchlistColumn.Change7d, WatchlistColumn.InputPerMillion, WatchlistColumn.OutputPerMillion],
            full.Where(c => c.AlignRight).Select(c => c.Name));
    }

    [Fact]
    public void The_alert_panel_says_how_to_define_alerts_until_one_fires()
    {
        Assert.Equal(["No alert has fired in this session (sigdash alerts add … defines them)."], WatchlistsScreenState.AlertPanel([]));
        Assert.Equal(["RENDER price above $5"], WatchlistsScreenState.AlertPanel(["RENDER price above $5"]));
    }

    /// <summary>A store another sigdash holds: every change is refused as the store-backed port refuses it.</summary>
    private sealed class LockedWatchlists(IReadOnlyList<Watchlist> lists) : IWatchlistStore
    {
        public IReadOnlyList<Watchlist> List() => lists;

        public IReadOnlyList<Watchlist> Create(string name) => throw Locked();

        public IReadOnlyList<Watchlist> Rename(string name, string newName) => throw Locked();

        public IReadOnlyList<Watchlist> Update(string name, Func<Watchlist, Watchlist> change) => throw Locked();

        private static StoreUnavailableException Locked() => new("the store is in use by another sigdash", new IOException("locked"));
    }

    /// <summary>Watchlists in memory, with the store's rule that names are unique without case.</summary>
    private sealed class MemoryWatchlists(params Watchlist[] lists) : IWatchlistStore
    {
        public List<Watchlist> Lists { get; } = [.. lists];

        public IReadOnlyList<Watchlist> List() => Lists.ToList();

        public IReadOnlyList<Watchlist> Create(string name)
        {
            if (Lists.Any(l => WatchlistName.Comparer.Equals(l.Name, name))) throw new WatchlistException($"a list named {name} exists");
            Lists.Add(new Watchlist(name, []));
            return List();
        }

        public IReadOnlyList<Watchlist> Rename(string name, string newName)
        {
            var index = Lists.FindIndex(l => l.Name == name);
            Lists[index] = Lists[index] with { Name = newName };
            return List();
        }

        public IReadOnlyList<Watchlist> Update(string name, Func<Watchlist, Watchlist> change)
        {
            var index = Lists.FindIndex(l => l.Name == name);
            Lists[index] = change(Lists[index]);
            return List();
        }
    }
}
