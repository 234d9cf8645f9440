using Microsoft.AspNetCore.Http;

namespace SignalDashboard.TestSupport.Loopback;

/// <summary>Writes a <see cref="LoopbackReply"/> as it asks: after a delay, in pieces, cut short, or without end.</summary>
internal static class ReplyWriter
{
    /// <param name="streamed">Told the size of each piece a <see cref="LoopbackReply.StreamBytes"/> reply writes.</param>
    public static async Task WriteAsync(HttpContext context, LoopbackReply reply, Action<int> streamed)
    {
        var aborted = context.RequestAborted;
        try
        {
            if (reply.Delay > TimeSpan.Zero)
                await Task.Delay(reply.Delay, aborted);

            var response = context.Response;
            response.StatusCode = reply.Status;
            foreach (var (name, value) in reply.Headers)
                response.Headers[name] = value;

            if (reply.StreamBytes is { } streamBytes)
                await StreamAsync(response, streamBytes, reply.StreamPace, streamed, aborted);
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

    private static async Task StreamAsync(HttpResponse response, long total, TimeSpan pace, Action<int> streamed, CancellationToken aborted)
    {
        var chunk = new byte[64 * 1024];
        Array.Fill(chunk, (byte)' ');
        for (long written = 0; written < total && !aborted.IsCancellationRequested; written += chunk.Length)
        {
            var size = (int)Math.Min(chunk.Length, total - written);
            await response.Body.WriteAsync(chunk.AsMemory(0, size), aborted);
            await response.Body.FlushAsync(aborted);
            streamed(size);
            // Paced, so that a client that reads it all is told apart from one that stops (writes to a closed
            // connection are discarded without an error, so the bytes written prove nothing).
            await Task.Delay(pace, aborted);
        }
    }
}
