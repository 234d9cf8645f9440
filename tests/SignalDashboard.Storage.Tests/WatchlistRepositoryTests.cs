using SignalDashboard.Core.Alerts;
using SignalDashboard.Core.Watchlists;
using SignalDashboard.TestSupport;
using static SignalDashboard.Storage.Tests.Fixtures;

namespace SignalDashboard.Storage.Tests;

public sealed class WatchlistRepositoryTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private T With<T>(Func<WatchlistRepository, T> action)
    {
        using var store = SignalStore.Open(_temp.File("signals.db"), new ManualClock(T0));
        return action(new WatchlistRepository(store));
    }

    private static WatchItem Item(string text) => WatchItem.TryParse(text, out var item) ? item : throw new ArgumentException(text);

    [Fact]
    public void Lists_and_their_item_order_survive_a_reopen()
    {
        With(r => r.Create("Compute"));
        With(r => r.Create("Models — ünïcode, \"quoted\""));
        With(r => r.Update("compute", l => l.With([Item("NVDA"), Item("RNDR"), Item("anthropic/claude-opus-4.6")])));
        With(r => r.Update("Compute", l => l.Move(2, -2)));

        var lists = With(r => r.List());
        Assert.Equal(["Compute", "Models — ünïcode, \"quoted\""], lists.Select(l => l.Name));
        Assert.Equal(["anthropic/claude-opus-4.6", "NVDA", "RNDR"], lists[0].Items.Select(i => i.Key));
        Assert.True(lists[0].Items[0].IsModel);
    }

    [Fact]
    public void Names_are_unique_without_regard_to_case_and_a_refused_change_writes_nothing()
    {
        With(r => r.Create("Main"));
        With(r => r.Create("Other"));
        Assert.Throws<WatchlistException>(() => With(r => r.Create("MAIN")));
        Assert.Throws<WatchlistException>(() => With(r => r.Rename("Other", "main")));
        Assert.Throws<WatchlistException>(() => With(r => r.Rename("nope", "x")));
        Assert.Throws<WatchlistException>(() => With(r => r.Create(" padded")));
        Assert.Equal(["Main", "Other"], With(r => r.List()).Select(l => l.Name));
    }

    [Fact]
    public void Rename_keeps_items_and_place_delete_removes()
    {
        With(r => r.Create("A"));
        With(r => r.Create("B"));
        With(r => r.Update("A", l => l.With([Item("NVDA")])));
        With(r => r.Rename("A", "a")); // a change of case only is a rename too
        Assert.Equal(["a", "B"], With(r => r.List()).Select(l => l.Name));
        Assert.Equal("NVDA", Assert.Single(With(r => r.Find("A"))!.Items).Key);
        Assert.True(With(r => r.Delete("b")));
        Assert.False(With(r => r.Delete("b")));
        Assert.Equal(["a"], With(r => r.List()).Select(l => l.Name));
    }

    [Fact]
    public void Replace_creates_or_replaces_the_items()
    {
        Assert.True(With(r => r.Replace(new Watchlist("X", [Item("NVDA")]))));
        Assert.False(With(r => r.Replace(new Watchlist("x", [Item("RNDR"), Item("RNDR")]))));
        var list = Assert.Single(With(r => r.List()));
        Assert.Equal("x", list.Name);
        Assert.Equal("RNDR", Assert.Single(list.Items).Key);
    }

    [Fact]
    public void Alerts_and_their_state_survive_a_reopen_and_ids_are_not_reused()
    {
        AlertRule Add(AlertRule rule)
        {
            using var store = SignalStore.Open(_temp.File("signals.db"), new ManualClock(T0));
            return new AlertRepository(store).Add(rule);
        }
        T Alerts<T>(Func<AlertRepository, T> action)
        {
            using var store = SignalStore.Open(_temp.File("signals.db"), new ManualClock(T0));
            return action(new AlertRepository(store));
        }

        var first = Add(new AlertRule(0, Item("NVDA"), AlertKind.Change, 7.5m, TimeSpan.FromHours(12)));
        var second = Add(new AlertRule(0, Item("openai/gpt-5"), AlertKind.CatalogChange));
        Assert.Equal([1L, 2L], new[] { first.Id, second.Id });
        Assert.Throws<WatchlistException>(() => Add(new AlertRule(0, Item("NVDA"), AlertKind.CatalogChange)));

        Alerts(a => { a.SaveStates(new Dictionary<long, AlertState> { [1] = new(true, null, T0, T0), [2] = new(false, "input 1", null, T0), [99] = new(true) }); return 0; });
        var states = Alerts(a => a.States());
        Assert.Equal(new AlertState(true, null, T0, T0), states[1]);
        Assert.Equal("input 1", states[2].Baseline);
        Assert.Equal(first, Alerts(a => a.List())[0]);

        Assert.True(Alerts(a => a.Remove(2)));
        Assert.Equal(3L, Add(new AlertRule(0, Item("NVDA"), AlertKind.PriceAbove, 1m)).Id);
    }
}
