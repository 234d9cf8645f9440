using System.Text;

namespace SignalDashboard.TestSupport.Loopback;

/// <summary>What the loopback server answers to one request.</summary>
public sealed record LoopbackReply
{
    public int Status { get; init; } = 200;

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public byte[] Body { get; init; } = [];

    /// <summary>Wait before sending anything (ends early when the client gives up).</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>Send the body in this many flushed pieces, so the client sees it arrive in parts.</summary>
    public int Pieces { get; init; } = 1;

    /// <summary>Announce this Content-Length, write only <see cref="Body"/>, then drop the connection.</summary>
    public long? ClaimedLength { get; init; }

    /// <summary>With <see cref="ClaimedLength"/>: wait this long after the body before dropping the connection (a stalled download).</summary>
    public TimeSpan StallAfterBody { get; init; }

    /// <summary>Send no Content-Length and stream this many bytes (in 64 KB pieces) unless the client hangs up first.</summary>
    public long? StreamBytes { get; init; }

    /// <summary>With <see cref="StreamBytes"/>: the pause after each 64 KB piece.</summary>
    public TimeSpan StreamPace { get; init; } = TimeSpan.FromMilliseconds(2);

    public static LoopbackReply Ok(string body, string contentType = "application/json", params (string Name, string Value)[] headers) =>
        new()
        {
            Body = Encoding.UTF8.GetBytes(body),
            Headers = headers.Append((Name: "Content-Type", Value: contentType)).ToDictionary(h => h.Name, h => h.Value),
        };

    public static LoopbackReply WithStatus(int status, params (string Name, string Value)[] headers) =>
        new() { Status = status, Headers = headers.ToDictionary(h => h.Name, h => h.Value) };

    public LoopbackReply Header(string name, string value) =>
        this with { Headers = new Dictionary<string, string>(Headers) { [name] = value } };
}
