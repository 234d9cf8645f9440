using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SignalDashboard.Core.Markets;
using SignalDashboard.Feeds.Http;
using SignalDashboard.Feeds.Markets;
using SignalDashboard.Feeds.Tests.Fetching;
using SignalDashboard.TestSupport.Loopback;

namespace SignalDashboard.Feeds.Tests.Markets;

/// <summary>
/// A loopback server playing every market provider, and the market clients as the app composes them
/// (<see cref="MarketFeedServices.AddMarketFeeds"/>) with every provider's base URL pointed at it.
/// </summary>
internal sealed class MarketHarness : IAsyncDisposable
{
    /// <summary>The Stooq key every harness has unless a test gives its own keys (Stooq is not asked without one).</summary>
    public const string StooqKey = "stooq-TEST-key";

    /// <summary>Limits that never get in the way: only the rate limiter tests set real ones.</summary>
    public static MarketRateLimit Unlimited { get; } = new(1000, TimeSpan.FromMilliseconds(10));

    private readonly ServiceProvider _services;

    private MarketHarness(LoopbackServer server, ServiceProvider services, MarketFeedOptions options)
    {
        Server = server;
        _services = services;
        Options = options;
    }

    public LoopbackServer Server { get; }

    public MarketFeedOptions Options { get; }

    public MarketFetcher Fetcher => _services.GetRequiredService<MarketFetcher>();

    public static async Task<MarketHarness> StartAsync(
        FeedResilienceOptions? resilience = null,
        IReadOnlyDictionary<MarketProvider, MarketRateLimit>? limits = null,
        Func<string, string?>? keys = null,
        ILoggerProvider? logs = null)
    {
        var server = await LoopbackServer.StartAsync();
        var services = new ServiceCollection();
        services.AddLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Trace);
            if (logs is not null)
                logging.AddProvider(logs);
        });
        var options = new MarketFeedOptions
        {
            AppVersion = "0.1.0-test",
            BaseUrls = Enum.GetValues<MarketProvider>().ToDictionary(p => p, _ => server.BaseUrl),
            Resilience = resilience ?? CatalogHarness.Fast,
            RateLimits = Enum.GetValues<MarketProvider>().ToDictionary(p => p, p => limits?.GetValueOrDefault(p) ?? Unlimited),
            ApiKeys = keys ?? (name => name == MarketFeedOptions.StooqKeyName ? StooqKey : null),
            BodyTimeout = TimeSpan.FromSeconds(10),
        };
        services.AddMarketFeeds(options);
        return new MarketHarness(server, services.BuildServiceProvider(), options);
    }

    /// <summary>Render: CoinGecko first, Binance as fallback.</summary>
    public static MarketRequest Render(BarInterval interval = BarInterval.Day, int days = 30) =>
        new("RENDER",
            new Dictionary<MarketProvider, string>
            {
                [MarketProvider.CoinGecko] = "render-token",
                [MarketProvider.Binance] = "RENDERUSDT",
                [MarketProvider.Kraken] = "RENDERUSD",
            },
            MarketProvider.CoinGecko, MarketProvider.Binance, interval, days);

    /// <summary>NVDA with Stooq asked first and Yahoo as fallback (the order these tests need; assets.json asks Yahoo first).</summary>
    public static MarketRequest Nvda(BarInterval interval = BarInterval.Day, int days = 365) =>
        new("NVDA",
            new Dictionary<MarketProvider, string> { [MarketProvider.Stooq] = "nvda.us", [MarketProvider.Yahoo] = "NVDA" },
            MarketProvider.Stooq, MarketProvider.Yahoo, interval, days);

    /// <summary>Which provider a request the server received was meant for, by its path.</summary>
    public static MarketProvider ProviderOf(RecordedRequest request) => request.PathAndQuery switch
    {
        var p when p.StartsWith("/api/v3/coins/", StringComparison.Ordinal) => MarketProvider.CoinGecko,
        var p when p.StartsWith("/api/v3/klines", StringComparison.Ordinal) => MarketProvider.Binance,
        var p when p.StartsWith("/0/public/OHLC", StringComparison.Ordinal) => MarketProvider.Kraken,
        var p when p.StartsWith("/q/d/l/", StringComparison.Ordinal) => MarketProvider.Stooq,
        var p when p.StartsWith("/v8/finance/chart/", StringComparison.Ordinal) => MarketProvider.Yahoo,
        var p => throw new InvalidOperationException($"no provider serves {p}"),
    };

    /// <summary>Answers each provider with its own function.</summary>
    public void Serve(Func<MarketProvider, RecordedRequest, LoopbackReply> reply) =>
        Server.Handle(request => reply(ProviderOf(request), request));

    public IReadOnlyList<RecordedRequest> RequestsTo(MarketProvider provider) =>
        Server.Requests.Where(r => ProviderOf(r) == provider).ToList();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Server.DisposeAsync();
    }
}

/// <summary>Recorded-shape bodies, small.</summary>
internal static class Bodies
{
    public const string CoinGecko = """{"prices":[[1767225600000,2.41],[1767312000000,2.52]],"market_caps":[[1767225600000,1.2e9],[1767312000000,1.3e9]],"total_volumes":[[1767225600000,4.1e7],[1767312000000,3.9e7]]}""";
    public const string Binance = """[[1767225600000,"2.41000000","2.60000000","2.35000000","2.52000000","1234567.00000000",1767311999999,"3012345.12",12345,"600000.0","1500000.0","0"]]""";
    public const string Kraken = """{"error":[],"result":{"RENDERUSD":[[1767225600,"2.41","2.60","2.35","2.52","2.48","123456.7",4321]],"last":1767225600}}""";
    public const string Stooq = "Date,Open,High,Low,Close,Volume\n2026-01-02,135.1,138.2,134.0,137.5,180000000\n";
    public const string Yahoo = """{"chart":{"result":[{"meta":{"symbol":"NVDA"},"timestamp":[1767364200],"indicators":{"quote":[{"close":[137.5],"volume":[180000000]}]}}],"error":null}}""";

    public static LoopbackReply For(MarketProvider provider) => provider switch
    {
        MarketProvider.CoinGecko => LoopbackReply.Ok(CoinGecko),
        MarketProvider.Binance => LoopbackReply.Ok(Binance),
        MarketProvider.Kraken => LoopbackReply.Ok(Kraken),
        MarketProvider.Stooq => LoopbackReply.Ok(Stooq, "text/csv"),
        MarketProvider.Yahoo => LoopbackReply.Ok(Yahoo),
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };
}

/// <summary>Asserts the kind of a <see cref="MarketFetchResult"/> and shows the whole result when it is another.</summary>
internal static class ExpectMarket
{
    public static MarketFetchResult.Fetched Fetched(MarketFetchResult result, MarketProvider provider)
    {
        var fetched = result as MarketFetchResult.Fetched ?? throw new Xunit.Sdk.XunitException($"expected Fetched({provider}), got {result}");
        Assert.True(fetched.Provider == provider, $"expected {provider} to serve, got {fetched.Provider}; failures: {string.Join("; ", fetched.Failures)}");
        return fetched;
    }

    public static MarketFetchResult.Failed Failed(MarketFetchResult result) =>
        result as MarketFetchResult.Failed ?? throw new Xunit.Sdk.XunitException($"expected Failed, got {result}");
}
