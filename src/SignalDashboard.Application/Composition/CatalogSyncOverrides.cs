using SignalDashboard.Feeds.Http;
using SignalDashboard.Feeds.Markets;

namespace SignalDashboard.Composition;

/// <summary>
/// A test seam: settings that <c>catalog sync</c>, <c>catalog import URL</c> and the market feeds take instead of their defaults, for
/// the code that runs inside <see cref="Use"/> (the current async flow only, so tests running in parallel do not see
/// each other's). The CLI never sets it; a user has no way to. It exists so that a test of a 500 that never ends
/// costs milliseconds of backoff, not the seconds of <see cref="FeedResilienceOptions"/>' defaults.
/// </summary>
internal sealed record CatalogSyncOverrides
{
    private static readonly AsyncLocal<CatalogSyncOverrides?> Scoped = new();

    /// <summary>Timeouts, retries and the circuit breaker in place of <c>new FeedResilienceOptions()</c>.</summary>
    public FeedResilienceOptions? Resilience { get; init; }

    /// <summary>Client-side limits of the market providers in place of <see cref="MarketRateLimit.DefaultFor"/> (<c>feeds fetch</c>, dashboard refresh).</summary>
    public IReadOnlyDictionary<MarketProvider, MarketRateLimit>? MarketRateLimits { get; init; }

    /// <summary>The overrides in effect here, or null.</summary>
    public static CatalogSyncOverrides? Current => Scoped.Value;

    /// <summary>Puts <paramref name="overrides"/> in effect for this async flow until the result is disposed.</summary>
    public static IDisposable Use(CatalogSyncOverrides overrides)
    {
        var previous = Scoped.Value;
        Scoped.Value = overrides;
        return new Restore(previous);
    }

    private sealed class Restore(CatalogSyncOverrides? previous) : IDisposable
    {
        public void Dispose() => Scoped.Value = previous;
    }
}
