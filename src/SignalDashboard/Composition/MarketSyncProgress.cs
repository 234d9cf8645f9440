using SignalDashboard.Feeds.Markets;

namespace SignalDashboard.Composition;

/// <summary>
/// The progress of <c>feeds fetch</c> on one line of a terminal's stderr, redrawn in place (at most ten times a
/// second): <c>fetching 3 · RENDER coingecko: waiting for rate limit 2 s · NVDA stooq: fetching NVDA</c>. Safe
/// from several threads; <see cref="Clear"/> erases the line.
/// </summary>
internal sealed class MarketSyncProgress(TextWriter error) : IProgress<MarketFetchProgress>
{
    private const long RedrawMilliseconds = 100;
    private const string EraseLine = "\r\u001b[K";

    private readonly Lock _lock = new();
    private readonly Dictionary<string, MarketFetchProgress> _calls = new(StringComparer.Ordinal);
    private long _lastDraw;
    private bool _drawn;

    public void Report(MarketFetchProgress value)
    {
        lock (_lock)
        {
            _calls[value.Asset] = value;
            var now = Environment.TickCount64;
            if (now - _lastDraw < RedrawMilliseconds)
                return;
            _lastDraw = now;
            var waiting = _calls.Values.Count(c => c.Stage == MarketFetchStage.WaitingForRateLimit);
            var line = $"fetching: {_calls.Count} asked, {waiting} waiting for a rate limit · "
                       + string.Join(" · ", _calls.Values.TakeLast(3).Select(c => c.Text));
            Write(EraseLine + Fit(line));
            _drawn = true;
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            if (_drawn) Write(EraseLine);
            _drawn = false;
        }
    }

    private void Write(string text)
    {
        try
        {
            error.Write(text);
            error.Flush();
        }
        catch (IOException)
        {
            // A closed terminal must not fail the fetch.
        }
    }

    private static string Fit(string line)
    {
        var width = int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns > 10 ? columns : 80;
        return line.Length < width ? line : line[..(width - 2)] + "…";
    }
}
