namespace SignalDashboard.TestSupport.Loopback;

/// <summary>A request the loopback server received.</summary>
/// <param name="Index">0 for the first request the server saw (all paths).</param>
/// <param name="PathAndQuery">As the client sent it: <c>/api/v3/klines?symbol=RENDERUSDT</c>.</param>
/// <param name="Elapsed">Real time since the server started, when the request arrived.</param>
/// <param name="ClockTime">The test's clock (maybe a fake one) when the request arrived.</param>
public sealed record RecordedRequest(
    int Index, string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, TimeSpan Elapsed, DateTimeOffset ClockTime)
{
    /// <summary>The request body as UTF-8 text (empty for none).</summary>
    public string Body { get; init; } = "";

    /// <summary><see cref="PathAndQuery"/> without the query: what routes and <see cref="LoopbackServer.RequestsTo"/> match.</summary>
    public string Path => PathAndQuery.Split('?', 2)[0];

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
