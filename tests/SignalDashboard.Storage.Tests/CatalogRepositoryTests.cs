using SignalDashboard.Core.Catalog;
using SignalDashboard.TestSupport;
using static SignalDashboard.Storage.Tests.Fixtures;

namespace SignalDashboard.Storage.Tests;

public sealed class CatalogRepositoryTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly ManualClock _clock = new(T0);

    public void Dispose() => _temp.Dispose();

    private string StorePath => _temp.File("signals.db");

    private T WithRepository<T>(Func<CatalogRepository, T> action)
    {
        using var store = SignalStore.Open(StorePath, _clock);
        return action(new CatalogRepository(store));
    }

    [Fact]
    public void Save_then_load_round_trips_exactly_across_a_reopen()
    {
        var catalog = Small();
        var result = WithRepository(r => r.Save(catalog));

        Assert.Equal(new CatalogSaveResult(ModelsAdded: 4, ModelsUpdated: 0, QuotesAdded: 9, PoliciesAdded: 2, PoliciesUpdated: 0), result);
        CatalogAssert.Equal(catalog, WithRepository(r => r.Load()));
    }

    [Fact]
    public void Decimals_round_trip_exactly_scale_included()
    {
        decimal[] values = [0.05m, 0.28m, 1.75m, 168m, 0.0000375m, 1.10m, 15.000m, 0.1m + 0.2m,
            decimal.MaxValue, 0.0000000000000000000000000001m, 0m];
        var quotes = values.Select((v, i) => Quote(PriceField.Input, v, $"2026-01-{i + 1:00}")).ToArray();
        var catalog = new ModelCatalog([Model("x", "decimals", quotes)], []);

        WithRepository(r => r.Save(catalog));
        var loaded = WithRepository(r => r.Load()).Models.Single().Quotes.Select(q => q.UsdPerMillion).ToList();

        Assert.Equal(values.Select(CatalogAssert.Bits), loaded.Select(CatalogAssert.Bits));
        Assert.Equal("1.10", loaded[5].ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Saving_the_same_catalog_twice_changes_nothing()
    {
        WithRepository(r => r.Save(Small()));
        _clock.Now = T0.AddDays(1);

        var second = WithRepository(r => r.Save(Small()));

        Assert.False(second.Changed);
        Assert.Equal(9, WithRepository(r => r.Load()).Models.Sum(m => m.Quotes.Count));
        Assert.All(WithRepository(r => r.History(new ModelKey("meta", "llama-4"))), p => Assert.Equal(T0, p.ObservedAt));
    }

    [Fact]
    public void A_new_quote_is_appended_and_history_is_never_overwritten()
    {
        var key = new ModelKey("openai", "gpt-x");
        WithRepository(r => r.Save(new ModelCatalog([Model("openai", "gpt-x", Quote(PriceField.Input, 5m, "2026-01-01"))], [])));
        var firstPoint = WithRepository(r => r.History(key)).Single();

        _clock.Now = T0.AddDays(30);
        var cut = WithRepository(r => r.Save(new ModelCatalog([Model("openai", "gpt-x", Quote(PriceField.Input, 3m, "2026-02-01", Snapshot))], [])));

        Assert.Equal(1, cut.QuotesAdded);
        var history = WithRepository(r => r.History(key));
        Assert.Equal([firstPoint, history[1]], history);
        Assert.Equal(T0.AddDays(30), history[1].ObservedAt);
        var model = WithRepository(r => r.Load()).Find(key)!;
        Assert.Equal([5m, 3m], model.History(PriceField.Input).Select(q => q.UsdPerMillion));

        // Saving the older catalog again removes nothing.
        Assert.False(WithRepository(r => r.Save(new ModelCatalog([Model("openai", "gpt-x", Quote(PriceField.Input, 5m, "2026-01-01"))], []))).Changed);
        Assert.Equal(2, WithRepository(r => r.History(key)).Count);
    }

    [Fact]
    public void A_corrected_figure_for_the_same_day_is_a_new_revision_that_load_prefers()
    {
        var key = new ModelKey("openai", "gpt-x");
        WithRepository(r => r.Save(new ModelCatalog([Model("openai", "gpt-x", Quote(PriceField.Input, 5m, "2026-01-01"))], [])));
        WithRepository(r => r.Save(new ModelCatalog([Model("openai", "gpt-x", Quote(PriceField.Input, 4.5m, "2026-01-01"))], [])));

        Assert.Equal([5m, 4.5m], WithRepository(r => r.History(key)).Select(p => p.Quote.UsdPerMillion));
        Assert.Equal(4.5m, WithRepository(r => r.Load()).Find(key)!.Quotes.Single().UsdPerMillion);
    }

    [Fact]
    public void Observed_at_is_the_injected_clock_at_millisecond_precision_in_UTC()
    {
        _clock.Now = new DateTimeOffset(2026, 3, 19, 12, 0, 0, TimeSpan.FromHours(2)).AddTicks(1_234_567);
        WithRepository(r => r.Save(Small()));

        var observed = WithRepository(r => r.History(new ModelKey("meta", "llama-4")))[0].ObservedAt;

        Assert.Equal(new DateTimeOffset(2026, 3, 19, 10, 0, 0, 123, TimeSpan.Zero), observed);
        Assert.Equal(TimeSpan.Zero, observed.Offset);
    }

    [Fact]
    public void A_stored_model_takes_new_descriptions_but_keeps_what_the_catalog_omits()
    {
        WithRepository(r => r.Save(Small()));
        var renamed = new CatalogModel(new ModelKey("anthropic", "claude-opus-4-6"), "Claude Opus 4.6 (renamed)", false,
            ContextWindow: null, TokenizerFamily: null, Supersedes: null, []);

        var result = WithRepository(r => r.Save(new ModelCatalog([renamed], [new DiscountPolicy("openai", 0.4m, null, Snapshot)])));

        Assert.Equal(new CatalogSaveResult(0, 1, 0, 0, 1), result);
        var loaded = WithRepository(r => r.Load());
        var model = loaded.Find(renamed.Key)!;
        Assert.Equal("Claude Opus 4.6 (renamed)", model.DisplayName);
        Assert.Equal(1_000_000, model.ContextWindow);
        Assert.Equal(new ModelKey("anthropic", "claude-opus-4"), model.Supersedes);
        Assert.Equal(3, model.Quotes.Count);
        Assert.Equal(0.4m, loaded.PolicyFor("OpenAI")!.BatchDiscount);
        Assert.Equal(4, loaded.Models.Count); // models the catalog does not mention are kept
    }

    [Fact]
    public void A_failed_save_leaves_the_store_as_it_was()
    {
        WithRepository(r => r.Save(Small()));
        var broken = new ModelCatalog(
            [
                Model("aaa", "first", Quote(PriceField.Input, 1m, "2026-01-01")),
                Model("zzz", "last", Quote((PriceField)99, 1m, "2026-01-01")), // cannot be stored: fails mid-save
            ],
            [new DiscountPolicy("aaa", 0.5m, null, Seed)]);

        Assert.Throws<ArgumentOutOfRangeException>(() => WithRepository(r => r.Save(broken)));

        CatalogAssert.Equal(Small(), WithRepository(r => r.Load()));
    }

    [Fact]
    public void A_failed_save_is_rolled_back_within_the_same_open_store()
    {
        using var store = SignalStore.Open(StorePath, _clock);
        var repository = new CatalogRepository(store);
        var broken = new ModelCatalog([Model("aaa", "first", Quote(PriceField.Input, 1m, "2026-01-01")), Model("zzz", "last", Quote((PriceField)99, 1m, "2026-01-01"))], []);

        Assert.Throws<ArgumentOutOfRangeException>(() => repository.Save(broken));

        Assert.True(store.IsEmpty);
        Assert.Empty(repository.Load().Models);
        Assert.True(repository.Save(Small()).Changed); // the store still works
    }

    [Fact]
    public void A_store_left_by_a_crash_opens_with_its_committed_data()
    {
        // While open, LiteDB keeps committed pages in signals-log.db; copying both files mid-session is what
        // a killed process leaves behind. The read-only schema check must cope with the pending log.
        var crashed = Path.Combine(_temp.Path, "crashed");
        Directory.CreateDirectory(crashed);
        using (var store = SignalStore.Open(StorePath, _clock))
        {
            new CatalogRepository(store).Save(Small());
            Assert.True(File.Exists(_temp.File("signals-log.db")));
            File.Copy(StorePath, Path.Combine(crashed, "signals.db"));
            File.Copy(_temp.File("signals-log.db"), Path.Combine(crashed, "signals-log.db"));
        }

        using var reopened = SignalStore.Open(Path.Combine(crashed, "signals.db"), _clock);
        CatalogAssert.Equal(Small(), new CatalogRepository(reopened).Load());
    }

    [Fact]
    public void Is_empty_until_models_are_saved()
    {
        using var store = SignalStore.Open(StorePath, _clock);
        Assert.True(store.IsEmpty);
        new CatalogRepository(store).Save(Small());
        Assert.False(store.IsEmpty);
        Assert.Equal(4, new CatalogRepository(store).ModelCount);
    }
}
