using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SignalDashboard.Tests.Sync;

/// <summary>A request the server received.</summary>
/// <param name="Index">0 for the first request the server saw (all paths).</param>
/// <param name="Elapsed">Real time since the server started.</param>
internal sealed record SyncRequest(int Index, string Path, IReadOnlyDictionary<string, string> Headers, TimeSpan Elapsed)
{
    public string Method { get; init; } = "GET";

    /// <summary>The request body as UTF-8 text (empty for none).</summary>
    public string Body { get; init; } = "";

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

/// <summary>What the server answers to one request.</summary>
internal sealed record SyncReply
{
    public int Status { get; init; } = 200;

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public byte[] Body { get; init; } = [];

    /// <summary>Announce this Content-Length, write only <see cref="Body"/>, then drop the connection.</summary>
    public long? ClaimedLength { get; init; }

    /// <summary>Wait this long before answering (ends early when the client hangs up).</summary>
    public TimeSpan Delay { get; init; }

    public static SyncReply Json(string body, string? etag = null) =>
        Text(body, "application/json", etag);

    public static SyncReply Text(string body, string contentType, string? etag = null)
    {
        var headers = new Dictionary<string, string> { ["Content-Type"] = contentType };
        if (etag is not null) headers["ETag"] = etag;
        return new SyncReply { Body = Encoding.UTF8.GetBytes(body), Headers = headers };
    }

    public static SyncReply WithStatus(int status, params (string Name, string Value)[] headers) =>
        new() { Status = status, Headers = headers.ToDictionary(h => h.Name, h => h.Value) };
}

/// <summary>
/// A real Kestrel server on 127.0.0.1 (a free port) that answers per path with what a test programs, and records
/// every request. The approach of the Feeds tests' LoopbackServer (test projects do not reference each other), cut to
/// what the sync tests need.
/// </summary>
internal sealed class SyncServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<SyncRequest> _requests = [];
    private readonly Dictionary<string, Func<SyncRequest, SyncReply>> _routes = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    private SyncServer(WebApplication app) => _app = app;

    /// <summary><c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyList<SyncRequest> Requests
    {
        get { lock (_lock) return _requests.ToList(); }
    }

    /// <summary>The requests for one path, in order.</summary>
    public IReadOnlyList<SyncRequest> RequestsFor(string path) => Requests.Where(r => r.Path == path).ToList();

    public static async Task<SyncServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new SyncServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>Answers requests for <paramref name="path"/> with <paramref name="handler"/> (404 for unknown paths).</summary>
    public void Route(string path, Func<SyncRequest, SyncReply> handler)
    {
        lock (_lock) _routes[path] = handler;
    }

    /// <summary>Answers the n-th request for the path with the n-th reply; the last one repeats.</summary>
    public void Route(string path, params SyncReply[] replies)
    {
        var count = 0;
        Route(path, _ => replies[Math.Min(Interlocked.Increment(ref count) - 1, replies.Length - 1)]);
    }

    /// <summary>
    /// Serves <paramref name="body"/> with a strong ETag derived from its content, and answers 304 to a request that
    /// sends that ETag back as If-None-Match (any other If-None-Match gets the body).
    /// </summary>
    public void RouteConditional(string path, string body, string contentType = "application/json")
    {
        var etag = $"\"{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(body)))[..16]}\"";
        Route(path, request => request.Header("If-None-Match") == etag
            ? SyncReply.WithStatus(304, ("ETag", etag))
            : SyncReply.Text(body, contentType, etag));
    }

    private async Task HandleAsync(HttpContext context)
    {
        SyncRequest request;
        Func<SyncRequest, SyncReply>? handler;
        string body;
        using (var reader = new StreamReader(context.Request.Body, Encoding.UTF8))
            body = await reader.ReadToEndAsync(context.RequestAborted);
        lock (_lock)
        {
            request = new SyncRequest(
                _requests.Count,
                context.Request.Path + context.Request.QueryString,
                context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
                _clock.Elapsed) { Method = context.Request.Method, Body = body };
            _requests.Add(request);
            _routes.TryGetValue(context.Request.Path.Value ?? "", out handler);
        }

        var reply = handler?.Invoke(request) ?? SyncReply.WithStatus(404);
        var response = context.Response;
        response.StatusCode = reply.Status;
        foreach (var (name, value) in reply.Headers)
            response.Headers[name] = value;
        try
        {
            if (reply.Delay > TimeSpan.Zero)
                await Task.Delay(reply.Delay, context.RequestAborted);
            if (reply.ClaimedLength is { } claimed)
            {
                response.ContentLength = claimed;
                await response.Body.WriteAsync(reply.Body, context.RequestAborted);
                await response.Body.FlushAsync(context.RequestAborted);
                // Give the transport time to send what was flushed: an abort drops whatever it has not sent yet.
                await Task.Delay(TimeSpan.FromMilliseconds(100), context.RequestAborted);
                context.Abort();
            }
            else if (reply.Body.Length > 0 || reply.Status is not (204 or 304))
            {
                response.ContentLength = reply.Body.Length;
                await response.Body.WriteAsync(reply.Body, context.RequestAborted);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The client hung up.
        }
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }
}
