using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Events;
using static SignalDashboard.Core.Tests.Catalog.TestCatalog;

namespace SignalDashboard.Core.Tests.Catalog.Events;

public sealed class CatalogHistoryEventsTests
{
    // m1 cuts input 10 → 8 on 02-01; m2 succeeds m1 at input 4, output 20 (m1's output was 30) on 03-01.
    private static readonly ModelCatalog Catalog = new(
    [
        Model("acme", "m1", Quote(PriceField.Input, 10m, "2026-01-01"), Quote(PriceField.Output, 30m, "2026-01-01"),
            Quote(PriceField.Input, 8m, "2026-02-01")),
        Successor("acme", "m2", "m1", Quote(PriceField.Input, 4m, "2026-03-01"), Quote(PriceField.Output, 20m, "2026-03-01")),
    ], []);

    private static string Line(PriceEvent e) =>
        $"{e.Day:yyyy-MM-dd} {e.Source} {e.Change.Provider}/{e.Change.Model} {e.Change.Change} {e.Change.Field} {e.Change.Old}→{e.Change.New}";

    [Fact]
    public void Every_change_of_the_history_is_an_event_once_even_when_a_successor_repeats_its_predecessors_path()
    {
        Assert.Equal(
            [
                "2026-02-01 catalog acme/m1 Changed Input 10→8",
                "2026-03-01 catalog acme/m2 Changed Input 8→4",
                "2026-03-01 catalog acme/m2 Changed Output 30→20",
            ],
            CatalogHistoryEvents.From(Catalog).Select(Line));
    }

    [Fact]
    public void A_change_an_import_already_shows_through_an_alias_is_listed_once_as_the_imports()
    {
        // A source that spells m1 "ACME" + "acme/M1" (case, and a path that repeats the provider); the same cut seen
        // between two of its snapshots (a later day).
        var imported = new[]
        {
            new PriceEvent("openrouter", Day("2026-02-03"), new CatalogChange("ACME", "acme/M1", ChangeKind.Changed, PriceField.Input, 10.00m, 8.0m)),
            new PriceEvent("openrouter", Day("2026-02-03"), new CatalogChange("ACME", "m9", ChangeKind.Added, null, null, null)),
        };

        var events = CatalogHistoryEvents.With(imported, Catalog, ModelAliases.Rules);

        Assert.Equal(
            [
                "2026-02-03 openrouter ACME/acme/M1 Changed Input 10.00→8.0",
                "2026-02-03 openrouter ACME/m9 Added  →",
                "2026-03-01 catalog acme/m2 Changed Input 8→4",
                "2026-03-01 catalog acme/m2 Changed Output 30→20",
            ],
            events.Select(Line));
    }

    [Fact]
    public void A_different_change_of_the_same_model_does_not_hide_the_catalogs()
    {
        var imported = new[] { new PriceEvent("litellm", Day("2026-02-01"), new CatalogChange("acme", "m1", ChangeKind.Changed, PriceField.Input, 10m, 9m)) };

        Assert.Equal(4, CatalogHistoryEvents.With(imported, Catalog, ModelAliases.Rules).Count);
    }

    [Fact]
    public void Since_leaves_out_older_history_and_catalog_events_passed_back_in_are_not_doubled()
    {
        var once = CatalogHistoryEvents.With([], Catalog, ModelAliases.Rules);
        Assert.Equal(3, once.Count);
        Assert.Equal(3, CatalogHistoryEvents.With(once, Catalog, ModelAliases.Rules).Count);
        Assert.Equal(2, CatalogHistoryEvents.With([], Catalog, ModelAliases.Rules, Day("2026-02-02")).Count);
    }
}
