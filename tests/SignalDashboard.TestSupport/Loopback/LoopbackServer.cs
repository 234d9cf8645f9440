using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SignalDashboard.TestSupport.Loopback;

/// <summary>
/// A real Kestrel server on 127.0.0.1 (a free port) that a test programs: per path (<see cref="Route(string, LoopbackReply[])"/>)
/// or for every other path (<see cref="Handle"/>; 404 until a test sets it), each reply with its status, headers, body,
/// delay, pieces, a short body or an endless one (<see cref="LoopbackReply"/>). It records every request it receives.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<RecordedRequest> _requests = [];
    private readonly Dictionary<string, Func<RecordedRequest, LoopbackReply>> _routes = new(StringComparer.Ordinal);
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

    /// <summary>The requests for one path (query ignored), in order.</summary>
    public IReadOnlyList<RecordedRequest> RequestsTo(string path) => Requests.Where(r => r.Path == path).ToList();

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

    /// <summary>Answers every request for a path without a route with <paramref name="handler"/>.</summary>
    public void Handle(Func<RecordedRequest, LoopbackReply> handler)
    {
        lock (_lock) _handler = handler;
    }

    /// <summary>Answers the n-th request (of the paths without a route) with the n-th reply; the last one repeats.</summary>
    public void Reply(params LoopbackReply[] replies) => Handle(Replies.InTurn(replies));

    /// <summary>Answers requests for <paramref name="path"/> (query ignored) with <paramref name="handler"/>.</summary>
    public void Route(string path, Func<RecordedRequest, LoopbackReply> handler)
    {
        lock (_lock) _routes[path] = handler;
    }

    /// <summary>Answers the n-th request for <paramref name="path"/> with the n-th reply; the last one repeats.</summary>
    public void Route(string path, params LoopbackReply[] replies) => Route(path, Replies.InTurn(replies));

    /// <summary>Serves <paramref name="body"/> at <paramref name="path"/> with an ETag, and 304 to a request that sends it back.</summary>
    public void RouteConditional(string path, string body, string contentType = "application/json") =>
        Route(path, Replies.Conditional(body, contentType));

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
        string body;
        try
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            body = await reader.ReadToEndAsync(context.RequestAborted);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            return; // the client hung up before it had sent the whole request
        }

        LoopbackReply reply;
        lock (_lock)
        {
            var request = new RecordedRequest(
                _requests.Count,
                context.Request.Method,
                context.Request.Path + context.Request.QueryString,
                context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
                _clock.Elapsed,
                _time.GetUtcNow()) { Body = body };
            _requests.Add(request);
            // Chosen under the lock, so that replies given in turn go to requests in the order they arrived.
            reply = (_routes.GetValueOrDefault(request.Path) ?? _handler)(request);
        }

        await ReplyWriter.WriteAsync(context, reply, size => Interlocked.Add(ref _bytesStreamed, size));
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }
}
