using SignalDashboard.Composition;
using SignalDashboard.Feeds.Catalogs;

namespace SignalDashboard.Tests.Sync;

/// <summary>The one-line progress drawn on a terminal's stderr (never in scripts: see <see cref="SyncImportTests"/>).</summary>
public sealed class SyncProgressTests
{
    [Fact]
    public void Downloads_share_one_line_redrawn_in_place_and_clear_erases_it()
    {
        var error = new StringWriter();
        var progress = new CatalogSyncProgress(error);

        progress.Report(new FetchProgress("genai-prices", 120 * 1024, 343 * 1024));
        Thread.Sleep(120);
        progress.Report(new FetchProgress("litellm", 3 * 1024 * 1024 / 2, null));
        progress.Clear();

        Assert.Equal(
            "\r\u001b[Kdownloading genai-prices 120 KB of 343 KB" +
            "\r\u001b[Kdownloading genai-prices 120 KB of 343 KB · litellm 1.5 MB" +
            "\r\u001b[K",
            error.ToString());
    }

    [Fact]
    public void Redraws_are_at_most_ten_a_second_and_a_finished_download_leaves_the_line()
    {
        var error = new StringWriter();
        var progress = new CatalogSyncProgress(error);

        progress.Report(new FetchProgress("openrouter", 0, 2048));
        progress.Report(new FetchProgress("openrouter", 1024, 2048)); // within 100 ms: not drawn
        Thread.Sleep(120);
        progress.Report(new FetchProgress("openrouter", 2048, 2048));

        Assert.Equal("\r\u001b[Kdownloading openrouter 0 bytes of 2 KB\r\u001b[K", error.ToString());
        progress.Clear();
        Assert.Equal("\r\u001b[Kdownloading openrouter 0 bytes of 2 KB\r\u001b[K", error.ToString());
    }

    [Fact]
    public void Clear_without_a_drawn_line_writes_nothing()
    {
        var error = new StringWriter();

        new CatalogSyncProgress(error).Clear();

        Assert.Equal("", error.ToString());
    }
}
