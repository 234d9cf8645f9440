using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SignalDashboard.Feeds.Tests.Loopback;

/// <summary>
/// A real Kestrel server on 127.0.0.1 (a free port) that a test programs per request: status, headers, body,
/// delay, a short body or an endless one. It records every request it receives.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<RecordedRequest> _requests = [];
    private readonly Lock _lock = new();
    private readonly TimeProvider _time;
    private Func<RecordedRequest, LoopbackReply> _handler = _ => LoopbackReply.WithStatus(404);
    private long _bytesStreamed;

    private LoopbackServer(WebApplication app, TimeProvider time)
    {
        _app = app;
        _time = time;
    }

    /// <summary>Where the server listens: <c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Bytes written by replies with <see cref="LoopbackReply.StreamBytes"/>.</summary>
    public long BytesStreamed => Interlocked.Read(ref _bytesStreamed);

    public IReadOnlyList<RecordedRequest> Requests
    {
        get { lock (_lock) return _requests.ToList(); }
    }

    /// <param name="time">The clock stamped on recorded requests (the test's fake clock, if it has one).</param>
    public static async Task<LoopbackServer> StartAsync(TimeProvider? time = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new LoopbackServer(app, time ?? TimeProvider.System);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>Answers every request with <paramref name="handler"/>.</summary>
    public void Handle(Func<RecordedRequest, LoopbackReply> handler) => _handler = handler;

    /// <summary>Answers the n-th request with the n-th reply; the last reply repeats for every request after it.</summary>
    public void Reply(params LoopbackReply[] replies)
    {
        if (replies.Length == 0) throw new ArgumentException("at least one reply", nameof(replies));
        _handler = request => replies[Math.Min(request.Index, replies.Length - 1)];
    }

    /// <summary>Waits (boundedly) until the server has received <paramref name="count"/> requests.</summary>
    public async Task WaitForRequestsAsync(int count, TimeSpan? within = null)
    {
        var deadline = _clock.Elapsed + (within ?? TimeSpan.FromSeconds(10));
        while (Requests.Count < count)
        {
            if (_clock.Elapsed > deadline)
                throw new TimeoutException($"the server saw {Requests.Count} requests, expected {count}");
            await Task.Delay(5);
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        RecordedRequest request;
        lock (_lock)
        {
            request = new RecordedRequest(
                _requests.Count,
                context.Request.Method,
                context.Request.Path + context.Request.QueryString,
                context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
                _clock.Elapsed,
                _time.GetUtcNow());
            _requests.Add(request);
        }

        var reply = _handler(request);
        var aborted = context.RequestAborted;
        if (reply.Delay > TimeSpan.Zero)
        {
            try { await Task.Delay(reply.Delay, aborted); }
            catch (OperationCanceledException) { return; }
        }

        var response = context.Response;
        response.StatusCode = reply.Status;
        foreach (var (name, value) in reply.Headers)
            response.Headers[name] = value;

        try
        {
            if (reply.StreamBytes is { } streamBytes)
                await StreamAsync(response, streamBytes, reply.StreamPace, aborted);
            else if (reply.ClaimedLength is { } claimed)
                await WriteShortAsync(context, reply.Body, claimed, reply.StallAfterBody);
            else
                await WriteAsync(response, reply.Body, reply.Pieces, aborted);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The client hung up: that is what some tests want.
        }
    }

    private static async Task WriteAsync(HttpResponse response, byte[] body, int pieces, CancellationToken aborted)
    {
        if (body.Length == 0 && response.StatusCode is 204 or 304)
            return;
        response.ContentLength = body.Length;
        var size = Math.Max(1, (body.Length + pieces - 1) / Math.Max(1, pieces));
        for (var offset = 0; offset < body.Length; offset += size)
        {
            await response.Body.WriteAsync(body.AsMemory(offset, Math.Min(size, body.Length - offset)), aborted);
            await response.Body.FlushAsync(aborted);
        }
    }

    private static async Task WriteShortAsync(HttpContext context, byte[] body, long claimed, TimeSpan stall)
    {
        context.Response.ContentLength = claimed;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
        // Give the transport time to send what was flushed: an abort drops whatever it has not sent yet.
        await Task.Delay(stall > TimeSpan.Zero ? stall : TimeSpan.FromMilliseconds(100), context.RequestAborted);
        context.Abort();
    }

    private async Task StreamAsync(HttpResponse response, long total, TimeSpan pace, CancellationToken aborted)
    {
        var chunk = new byte[64 * 1024];
        Array.Fill(chunk, (byte)' ');
        for (long written = 0; written < total && !aborted.IsCancellationRequested; written += chunk.Length)
        {
            var size = (int)Math.Min(chunk.Length, total - written);
            await response.Body.WriteAsync(chunk.AsMemory(0, size), aborted);
            await response.Body.FlushAsync(aborted);
            Interlocked.Add(ref _bytesStreamed, size);
            // Paced, so that a client that reads it all is told apart from one that stops (writes to a closed
            // connection are discarded without an error, so the bytes written prove nothing).
            await Task.Delay(pace, aborted);
        }
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }
}
