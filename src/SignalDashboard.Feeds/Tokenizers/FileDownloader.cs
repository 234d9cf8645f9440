using System.Security.Cryptography;
using SignalDashboard.Feeds.Catalogs;

namespace SignalDashboard.Feeds.Tokenizers;

/// <summary>A download that did not complete; the message is one line and names the URL.</summary>
public sealed class DownloadException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Downloads one file (a tokenizer.json on first use) to a path: streamed to a <c>.part</c> file with progress and
/// a size limit, its sha256 computed on the way and written beside it (<c>PATH.sha256</c>), then moved into place —
/// so a half-downloaded file never looks complete. When <paramref name="expectedSha256"/> is given, a different
/// file is refused.
/// </summary>
public sealed class FileDownloader(HttpClient client)
{
    private const int ChunkSize = 64 * 1024;

    public async Task<string> DownloadAsync(Uri url, string destination, long maxBytes, string? expectedSha256 = null,
        IProgress<FetchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(destination))!);
        var part = destination + ".part";
        try
        {
            using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
                throw new DownloadException($"{url} answered HTTP {(int)response.StatusCode}{(response.ReasonPhrase is { Length: > 0 } p ? $" ({p})" : "")}");
            var length = response.Content.Headers.ContentLength;
            if (length > maxBytes)
                throw new DownloadException($"{url} is larger than {SizeText.Bytes(maxBytes)} ({SizeText.Bytes(length.Value)} announced); not downloaded");

            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long total = 0;
            await using (var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false))
            await using (var file = File.Create(part))
            {
                var buffer = new byte[ChunkSize];
                progress?.Report(new FetchProgress(url.ToString(), 0, length));
                int read;
                while ((read = await ReadAsync(body, buffer, url, total, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    total += read;
                    if (total > maxBytes)
                        throw new DownloadException($"{url} is larger than {SizeText.Bytes(maxBytes)}; stopped after {SizeText.Bytes(total)}");
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                    progress?.Report(new FetchProgress(url.ToString(), total, length));
                }
            }
            if (length is { } expected && total != expected)
                throw new DownloadException($"{url}: the download was cut short after {SizeText.Bytes(total)} of {SizeText.Bytes(expected)}");
            var sha = Convert.ToHexStringLower(hash.GetHashAndReset());
            if (expectedSha256 is { Length: > 0 } pinned && !string.Equals(pinned, sha, StringComparison.OrdinalIgnoreCase))
                throw new DownloadException($"{url}: sha256 {sha} is not the expected {pinned}; not kept");
            File.Move(part, destination, overwrite: true);
            await File.WriteAllTextAsync(destination + ".sha256", sha + "\n", cancellationToken).ConfigureAwait(false);
            return sha;
        }
        catch (HttpRequestException e)
        {
            throw new DownloadException($"cannot reach {url}: {e.Message.Split('\n')[0].Trim()}", e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new DownloadException($"no answer from {url} within {client.Timeout.TotalSeconds:0} s", e);
        }
        finally
        {
            if (File.Exists(part)) File.Delete(part);
        }
    }

    private static async Task<int> ReadAsync(Stream body, byte[] buffer, Uri url, long total, CancellationToken cancellationToken)
    {
        try
        {
            return await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new DownloadException($"{url}: the download was cut short after {SizeText.Bytes(total)} (connection closed)", e);
        }
    }
}
