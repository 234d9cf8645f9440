namespace SignalDashboard.Feeds.Catalogs;

/// <summary>
/// Reads a response body as it streams in, reporting progress, and stops as soon as it passes the limit (a
/// download never grows past <c>limit</c> plus one buffer).
/// </summary>
internal static class BoundedBody
{
    private const int ChunkSize = 64 * 1024;

    internal enum Outcome { Complete, TooLarge, Truncated }

    /// <summary>The bytes read (valid up to <see cref="MemoryStream.Length"/>), and how the read ended.</summary>
    internal sealed record Read(Outcome Outcome, MemoryStream Body, long BytesRead, string? Detail = null);

    /// <exception cref="OperationCanceledException">The token was cancelled (by the caller or the body timeout).</exception>
    public static async Task<Read> ReadAsync(
        HttpContent content, long limit, string source, IProgress<FetchProgress>? progress, CancellationToken cancellationToken)
    {
        var length = content.Headers.ContentLength;
        var body = new MemoryStream(capacity: (int)Math.Min(length ?? ChunkSize, Math.Min(limit + 1, int.MaxValue)));
        var buffer = new byte[ChunkSize];
        long total = 0;
        progress?.Report(new FetchProgress(source, 0, length));

        await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        while (true)
        {
            int read;
            try
            {
                read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            }
            catch (IOException e) when (!cancellationToken.IsCancellationRequested)
            {
                // HttpIOException "response ended prematurely" for a short Content-Length or an unfinished chunked body.
                return new Read(Outcome.Truncated, body, total, e.Message);
            }
            if (read == 0)
                break;
            total += read;
            if (total > limit)
                return new Read(Outcome.TooLarge, body, total);
            body.Write(buffer, 0, read);
            progress?.Report(new FetchProgress(source, total, length));
        }

        return length is { } expected && total != expected
            ? new Read(Outcome.Truncated, body, total, $"{total} of {expected} bytes")
            : new Read(Outcome.Complete, body, total);
    }
}
