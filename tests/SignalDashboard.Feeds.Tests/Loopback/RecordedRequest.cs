namespace SignalDashboard.Feeds.Tests.Loopback;

/// <summary>A request the loopback server received.</summary>
/// <param name="Index">0 for the first request the server saw.</param>
/// <param name="Elapsed">Real time since the server started, when the request arrived.</param>
/// <param name="ClockTime">The test's clock (maybe a fake one) when the request arrived.</param>
public sealed record RecordedRequest(
    int Index, string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, TimeSpan Elapsed, DateTimeOffset ClockTime)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
