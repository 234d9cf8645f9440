using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SignalDashboard.Core.Catalog.Import;
using SignalDashboard.Feeds.Catalogs;
using SignalDashboard.Feeds.Http;
using SignalDashboard.TestSupport.Loopback;

namespace SignalDashboard.Feeds.Tests.Fetching;

/// <summary>
/// A loopback server and the catalog client as the app composes it (<see cref="FeedServices.AddCatalogSync"/>),
/// with every test source's base URL pointed at the server.
/// </summary>
internal sealed class CatalogHarness : IAsyncDisposable
{
    /// <summary>The names the test sources may have; each is redirected to the loopback server.</summary>
    public static readonly string[] SourceNames = ["genai-prices", "llm-prices-current", "litellm", "openrouter", "keyed"];

    /// <summary>Tiny backoff delays, so that retries cost milliseconds.</summary>
    public static FeedResilienceOptions Fast { get; } = new()
    {
        TotalTimeout = TimeSpan.FromSeconds(15),
        AttemptTimeout = TimeSpan.FromSeconds(3),
        MaxRetryAttempts = 3,
        BackoffDelay = TimeSpan.FromMilliseconds(10),
        MaxBackoffDelay = TimeSpan.FromMilliseconds(50),
        MaxRetryAfter = TimeSpan.FromSeconds(5),
        BreakerMinimumThroughput = 4,
        BreakerFailureRatio = 0.5,
        BreakerSamplingDuration = TimeSpan.FromSeconds(30),
        BreakerBreakDuration = TimeSpan.FromSeconds(30),
    };

    private readonly ServiceProvider _services;

    private CatalogHarness(LoopbackServer server, ServiceProvider services, CatalogSyncOptions options)
    {
        Server = server;
        _services = services;
        Options = options;
    }

    public LoopbackServer Server { get; }

    public CatalogSyncOptions Options { get; }

    /// <summary>A fetcher resolved as the app resolves it.</summary>
    public CatalogFetcher Fetcher => _services.GetRequiredService<CatalogFetcher>();

    public static async Task<CatalogHarness> StartAsync(
        FeedResilienceOptions? resilience = null,
        TimeProvider? time = null,
        Func<string, string?>? keys = null,
        ILoggerProvider? logs = null,
        TimeSpan? bodyTimeout = null)
    {
        var server = await LoopbackServer.StartAsync(time);
        var services = new ServiceCollection();
        if (time is not null)
            services.AddSingleton(time);
        services.AddLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Trace);
            if (logs is not null)
                logging.AddProvider(logs);
        });
        var options = new CatalogSyncOptions
        {
            AppVersion = "0.1.0-test",
            BaseUrls = SourceNames.ToDictionary(name => name, _ => server.BaseUrl),
            Resilience = resilience ?? Fast,
            ApiKeys = keys ?? (_ => null),
            BodyTimeout = bodyTimeout ?? TimeSpan.FromSeconds(10),
        };
        services.AddCatalogSync(options);
        return new CatalogHarness(server, services.BuildServiceProvider(), options);
    }

    /// <summary>
    /// A source whose own URL is on a host that cannot resolve (<c>.invalid</c>): without the base URL override the
    /// test would fail, never reach out.
    /// </summary>
    public static CatalogSource Source(
        string name = "genai-prices", string path = "/pydantic/genai-prices/main/prices/data.json", double maxMegabytes = 1,
        CatalogKeyHeader? key = null) =>
        new(name, CatalogFormat.GenaiPrices, new Uri("https://catalogs.invalid" + path), TimeSpan.FromHours(12),
            (long)(maxMegabytes * CatalogSource.Megabyte), key);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
