using System.Globalization;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Events;
using SignalDashboard.Composition;
using SignalDashboard.Core.Markets;
using SignalDashboard.Core.Usage;
using SignalDashboard.Dashboard;

namespace SignalDashboard.Tests.Tui;

/// <summary>
/// Small, hand-made data for the screens' state tests, so every expected value can be worked out from here:
/// four models, one per tier, two of them a lineage with a price cut (Opus 4 → Opus 4.6, $15 → $5 input).
/// </summary>
internal static class StateFixtures
{
    public static readonly DateOnly Today = Day("2026-03-01");
    public static readonly PriceSource Seed = new("seed", "Seed article");
    public static readonly ModelKey Opus4 = new("anthropic", "claude-opus-4");
    public static readonly ModelKey Opus46 = new("anthropic", "claude-opus-4-6");
    public static readonly ModelKey Mini = new("openai", "gpt-mini");
    public static readonly ModelKey Llama = new("meta", "llama-free");

    public static DateOnly Day(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    public static DateTimeOffset Time(string text) => new(Day(text).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>Input prices: Llama $0 (Free), GPT Mini $0.40 (Budget), Opus 4.6 $5 (Mid), Opus 4 $15 (Top).</summary>
    public static ModelCatalog Catalog() => new(
        [
            Model(Opus4, "Claude Opus 4", 200_000, "claude", null, ("2025-05-22", 15m, 75m)),
            Model(Opus46, "Claude Opus 4.6", 1_000_000, "claude", Opus4, ("2026-02-05", 5m, 25m)),
            Model(Mini, "GPT Mini", 400_000, "o200k_base", null, ("2025-01-01", 0.4m, 1.6m)),
            Model(Llama, "Llama Free", null, null, null, ("2025-01-01", 0m, 0m)),
        ],
        [new DiscountPolicy("anthropic", BatchDiscount: 0.5m, CacheReadShareOfInput: 0.1m, Seed)]);

    private static CatalogModel Model(ModelKey key, string name, int? context, string? tokenizer, ModelKey? supersedes, (string From, decimal Input, decimal Output) price) =>
        new(key, name, OpenWeights: false, context, tokenizer, supersedes,
        [
            new PriceQuote(PriceField.Input, price.Input, Day(price.From), Seed, DateCertainty.Exact),
            new PriceQuote(PriceField.Output, price.Output, Day(price.From), Seed, DateCertainty.Exact),
        ]);

    /// <summary>
    /// Usage generated from <see cref="Catalog"/> with ε = −1.5 and no noise (source "demo"): only the Opus line's
    /// price moves ($30 → $10 blended 3 : 1), so its model index recovers ε exactly.
    /// </summary>
    public static UsageSelection GeneratedUsage() => new(UsageSources.Demo, DemoUsage.Generate(Catalog(), NoNoise), []);

    private static readonly DemoUsageSettings NoNoise = new(
        Seed: 7, Start: Day("2025-06-01"), End: Day("2026-03-01"), Epsilon: -1.5, Noise: 0, GrowthPerDay: 0,
        TokensAtOneDollar: 4e10, FreeModelTokens: 2e9, InputShare: 0.6, CachedShare: 0.15, TokensPerRequest: 2500);

    public static PriceEvent Changed(string day, ModelKey model, decimal old, decimal @new, PriceField field = PriceField.Input) =>
        new("catalog", Day(day), new CatalogChange(model.Provider, model.Model, ChangeKind.Changed, field, old, @new));

    public static MarketAsset Asset(string symbol, string name = "") =>
        new(symbol, name.Length == 0 ? symbol : name, AssetKind.ComputeToken, new Dictionary<string, string>(),
            Primary: "coingecko", Fallback: "binance", TimeSpan.FromHours(1), HistoryDays: 365, HourlyDays: 30);

    /// <summary>An asset with one daily bar per close, the last on <see cref="Today"/>, each with a volume of $1,000.</summary>
    public static MarketEntry Entry(string symbol, string provider, params decimal[] closes) =>
        new(Asset(symbol), Series(symbol, provider, BarInterval.Day, closes));

    public static MarketSeries Series(string symbol, string provider, BarInterval interval, IReadOnlyList<decimal> closes)
    {
        var step = interval == BarInterval.Day ? TimeSpan.FromDays(1) : TimeSpan.FromHours(1);
        var last = Time("2026-03-01");
        var points = closes.Select((close, i) => new MarketPoint(last - step * (closes.Count - 1 - i), close, 1000m)).ToList();
        return new MarketSeries(symbol, provider, interval, points);
    }

    /// <summary><paramref name="days"/> daily closes, all $10 but where <paramref name="moves"/> says otherwise.</summary>
    public static decimal[] Flat(int days, params (int Day, decimal Close)[] moves)
    {
        var closes = Enumerable.Repeat(10m, days).ToArray();
        foreach (var (day, close) in moves) closes[day] = close;
        return closes;
    }
}

/// <summary>An annotation store in memory: ids from 1, every call counted; <see cref="Refuse"/> makes it throw as a locked store does.</summary>
internal sealed class MemoryAnnotationStore : IAnnotationStore
{
    private long _next = 1;

    public List<Annotation> Saved { get; } = [];
    public List<string> Calls { get; } = [];
    public bool Refuse { get; set; }

    public Annotation Add(Annotation annotation)
    {
        Calls.Add("add");
        Check();
        var saved = annotation with { Id = _next++ };
        Saved.Add(saved);
        return saved;
    }

    public void Update(Annotation annotation)
    {
        Calls.Add("update");
        Check();
        Saved[Saved.FindIndex(a => a.Id == annotation.Id)] = annotation;
    }

    public bool Delete(long id)
    {
        Calls.Add("delete");
        Check();
        return Saved.RemoveAll(a => a.Id == id) > 0;
    }

    private void Check()
    {
        if (Refuse) throw new StoreUnavailableException("the store is in use by another sigdash", new IOException("locked"));
    }
}
