using System.Threading.RateLimiting;

namespace SignalDashboard.Feeds.Markets;

/// <summary>
/// A provider's client-side limit: at most <see cref="Permits"/> calls in any <see cref="Period"/> (so one call
/// per period when <see cref="Permits"/> is 1); calls beyond it wait in a queue of <see cref="QueueLimit"/>, and a
/// call that finds the queue full fails without being made.
/// </summary>
public sealed record MarketRateLimit(int Permits, TimeSpan Period, int QueueLimit = 256)
{
    /// <summary>CoinGecko publishes ~30 calls/min for keyless and demo use: one every two seconds.</summary>
    public static MarketRateLimit CoinGecko { get; } = new(1, TimeSpan.FromSeconds(2));

    /// <summary>Binance allows 6000 request weight/min per IP (klines weigh 2): sigdash stays far below it.</summary>
    public static MarketRateLimit Binance { get; } = new(10, TimeSpan.FromSeconds(1));

    /// <summary>Kraken's public endpoints: about one call per second.</summary>
    public static MarketRateLimit Kraken { get; } = new(1, TimeSpan.FromSeconds(1));

    /// <summary>Stooq publishes no limit: one call per second, politely.</summary>
    public static MarketRateLimit Stooq { get; } = new(1, TimeSpan.FromSeconds(1));

    /// <summary>Yahoo publishes no limit: one call per second, politely.</summary>
    public static MarketRateLimit Yahoo { get; } = new(1, TimeSpan.FromSeconds(1));

    public static MarketRateLimit DefaultFor(MarketProvider provider) => provider switch
    {
        MarketProvider.CoinGecko => CoinGecko,
        MarketProvider.Binance => Binance,
        MarketProvider.Kraken => Kraken,
        MarketProvider.Stooq => Stooq,
        MarketProvider.Yahoo => Yahoo,
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };

    internal RateLimiter CreateLimiter(TimeProvider time) => new SpacedRateLimiter(Permits, Period, QueueLimit, time);
}

/// <summary>One limiter per provider, shared by every call to it (a singleton of the container).</summary>
public sealed class MarketRateLimiters(MarketFeedOptions options, TimeProvider time) : IDisposable
{
    private readonly Dictionary<MarketProvider, RateLimiter> _limiters =
        Enum.GetValues<MarketProvider>().ToDictionary(p => p, p => options.RateLimitFor(p).CreateLimiter(time));

    public RateLimiter For(MarketProvider provider) => _limiters[provider];

    public void Dispose()
    {
        foreach (var limiter in _limiters.Values)
            limiter.Dispose();
    }
}
