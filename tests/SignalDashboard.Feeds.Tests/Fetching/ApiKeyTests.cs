using Microsoft.Extensions.Logging;
using SignalDashboard.Feeds.Catalogs;
using SignalDashboard.TestSupport.Loopback;

namespace SignalDashboard.Feeds.Tests.Fetching;

public sealed class ApiKeyTests
{
    private const string Secret = "sk-or-v1-0123456789abcdef-do-not-log";
    private static readonly CatalogKeyHeader Bearer = new("Authorization", "Bearer ", "openrouter");

    [Fact]
    public async Task A_source_that_takes_a_key_gets_the_configured_one_in_its_header()
    {
        await using var harness = await CatalogHarness.StartAsync(keys: name => name == "openrouter" ? Secret : null);
        harness.Server.Reply(LoopbackReply.Ok("""{"data": []}"""));

        Expect.Fetched(await harness.Fetcher.FetchAsync(CatalogHarness.Source("keyed", "/api/v1/models", key: Bearer), FetchState.Empty));

        Assert.Equal("Bearer " + Secret, harness.Server.Requests.Single().Header("Authorization"));
    }

    [Fact]
    public async Task Every_retry_carries_the_key_once()
    {
        await using var harness = await CatalogHarness.StartAsync(keys: _ => Secret);
        harness.Server.Reply(LoopbackReply.WithStatus(503), LoopbackReply.Ok("""{"data": []}"""));

        Expect.Fetched(await harness.Fetcher.FetchAsync(CatalogHarness.Source("keyed", key: Bearer), FetchState.Empty));

        Assert.All(harness.Server.Requests, r => Assert.Equal("Bearer " + Secret, r.Header("Authorization")));
    }

    [Fact]
    public async Task No_key_goes_to_a_source_that_does_not_ask_for_one_nor_when_none_is_configured()
    {
        await using var harness = await CatalogHarness.StartAsync(keys: name => name == "openrouter" ? Secret : null);
        harness.Server.Reply(LoopbackReply.Ok("{}"));

        Expect.Fetched(await harness.Fetcher.FetchAsync(CatalogHarness.Source("openrouter"), FetchState.Empty));
        Expect.Fetched(await harness.Fetcher.FetchAsync(CatalogHarness.Source("keyed", key: Bearer with { KeyName = "unset" }), FetchState.Empty));

        Assert.All(harness.Server.Requests, r => Assert.Null(r.Header("Authorization")));
    }

    [Fact]
    public async Task The_key_is_in_no_log_line_even_at_trace_level()
    {
        var logs = new CapturingLoggerProvider();
        await using var harness = await CatalogHarness.StartAsync(keys: _ => Secret, logs: logs);
        harness.Server.Reply(LoopbackReply.WithStatus(500), LoopbackReply.WithStatus(404));

        var failed = Expect.Failed(await harness.Fetcher.FetchAsync(CatalogHarness.Source("keyed", key: Bearer), FetchState.Empty), FetchFailure.HttpStatus);

        Assert.NotEmpty(logs.Lines);
        Assert.Contains(logs.Lines, line => line.Contains("Authorization", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(logs.Lines, line => line.Contains(Secret, StringComparison.Ordinal));
        Assert.DoesNotContain(Secret, failed.ToString());
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        private readonly List<string> _lines = [];

        public IReadOnlyList<string> Lines
        {
            get { lock (_lines) return _lines.ToList(); }
        }

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose() { }

        private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (owner._lines)
                    owner._lines.Add($"{category}: {formatter(state, exception)} {exception}");
            }
        }
    }
}
