using System.Security.Cryptography;
using SignalDashboard.Feeds.Catalogs;
using SignalDashboard.TestSupport.Loopback;
using SignalDashboard.Feeds.Tokenizers;
using SignalDashboard.TestSupport;

namespace SignalDashboard.Feeds.Tests.Tokenizers;

/// <summary>Downloading a tokenizer.json on first use, against a real Kestrel server on 127.0.0.1.</summary>
public sealed class FileDownloaderTests
{
    private static readonly byte[] Body = Enumerable.Range(0, 300_000).Select(i => (byte)('a' + i % 26)).ToArray();

    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    [Fact]
    public async Task Downloads_in_pieces_with_progress_and_records_the_sha256()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.Reply(new LoopbackReply { Body = Body, Pieces = 6 });
        using var folder = new TempFolder();
        var destination = folder.File("qwen3/tokenizer.json");
        var reports = new List<FetchProgress>();

        var sha = await new FileDownloader(new HttpClient()).DownloadAsync(new Uri(server.BaseUrl, "qwen3/tokenizer.json"), destination,
            maxBytes: 1_000_000, progress: new Collect(reports));

        Assert.Equal(Body, await File.ReadAllBytesAsync(destination));
        Assert.Equal(Sha(Body), sha);
        Assert.Equal(Sha(Body), (await File.ReadAllTextAsync(destination + ".sha256")).Trim());
        Assert.True(reports.Count >= 3, $"{reports.Count} progress reports");
        Assert.Equal(Body.Length, reports[^1].BytesRead);
        Assert.False(File.Exists(destination + ".part"));
    }

    [Fact]
    public async Task A_file_larger_than_the_limit_is_not_downloaded()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.Reply(new LoopbackReply { Body = Body });
        using var folder = new TempFolder();
        var destination = folder.File("tokenizer.json");
        var e = await Assert.ThrowsAsync<DownloadException>(() =>
            new FileDownloader(new HttpClient()).DownloadAsync(server.BaseUrl, destination, maxBytes: 100_000));
        Assert.Contains("larger than", e.Message);
        Assert.False(File.Exists(destination));
        Assert.False(File.Exists(destination + ".part"));
    }

    [Fact]
    public async Task A_download_cut_short_leaves_nothing_behind()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.Reply(new LoopbackReply { Body = Body[..1000], ClaimedLength = Body.Length });
        using var folder = new TempFolder();
        var destination = folder.File("tokenizer.json");
        var e = await Assert.ThrowsAsync<DownloadException>(() =>
            new FileDownloader(new HttpClient()).DownloadAsync(server.BaseUrl, destination, maxBytes: 1_000_000));
        Assert.Contains("cut short", e.Message);
        Assert.False(File.Exists(destination));
        Assert.False(File.Exists(destination + ".part"));
    }

    [Fact]
    public async Task A_file_with_another_sha256_than_the_pinned_one_is_refused()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.Reply(new LoopbackReply { Body = Body });
        using var folder = new TempFolder();
        var destination = folder.File("tokenizer.json");
        var e = await Assert.ThrowsAsync<DownloadException>(() =>
            new FileDownloader(new HttpClient()).DownloadAsync(server.BaseUrl, destination, 1_000_000, expectedSha256: new string('0', 64)));
        Assert.Contains("sha256", e.Message);
        Assert.False(File.Exists(destination));
    }

    [Fact]
    public async Task An_http_error_is_a_one_line_reason()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.Reply(LoopbackReply.WithStatus(404));
        using var folder = new TempFolder();
        var e = await Assert.ThrowsAsync<DownloadException>(() =>
            new FileDownloader(new HttpClient()).DownloadAsync(server.BaseUrl, folder.File("t.json"), 1_000_000));
        Assert.Contains("HTTP 404", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    private sealed class Collect(List<FetchProgress> into) : IProgress<FetchProgress>
    {
        public void Report(FetchProgress value) => into.Add(value);
    }
}
