namespace SignalDashboard.Composition;

/// <summary>
/// The progress of downloads on one line of a terminal's stderr, redrawn in place (at most ten times a second):
/// <c>downloading genai-prices 120 KB of 343 KB · litellm 1.2 MB</c>. Only for a terminal: scripts and tests get
/// none of it. Safe to call from several threads (the sources download at once). <see cref="Clear"/> erases the line.
/// </summary>
internal sealed class CatalogSyncProgress(TextWriter error) : IProgress<Feeds.Catalogs.FetchProgress>
{
    private const long RedrawMilliseconds = 100;
    private const string EraseLine = "\r\u001b[K";

    private readonly Lock _lock = new();
    private readonly Dictionary<string, Feeds.Catalogs.FetchProgress> _downloads = [];
    private long _lastDraw;
    private bool _drawn;

    public void Report(Feeds.Catalogs.FetchProgress value)
    {
        lock (_lock)
        {
            var done = value.ContentLength is { } length && value.BytesRead >= length;
            if (done)
                _downloads.Remove(value.Source); // a finished download leaves the line
            else
                _downloads[value.Source] = value;
            var now = Environment.TickCount64;
            if (now - _lastDraw < RedrawMilliseconds)
                return;
            _lastDraw = now;
            if (_downloads.Count == 0)
            {
                EraseDrawn();
                return;
            }
            var parts = _downloads.Values.Select(d =>
                $"{d.Source} {CatalogSyncText.Size(d.BytesRead)}{(d.ContentLength is { } total ? $" of {CatalogSyncText.Size(total)}" : "")}");
            Write(EraseLine + Fit("downloading " + string.Join(" · ", parts)));
            _drawn = true;
        }
    }

    /// <summary>Erases the progress line, if one was drawn.</summary>
    public void Clear()
    {
        lock (_lock)
            EraseDrawn();
    }

    private void EraseDrawn()
    {
        if (_drawn)
            Write(EraseLine);
        _drawn = false;
    }

    private void Write(string text)
    {
        try
        {
            error.Write(text);
            error.Flush();
        }
        catch (IOException)
        {
            // A closed terminal must not fail the sync.
        }
    }

    /// <summary>
    /// Cut to the terminal's width ($COLUMNS, else 80), so that the line never wraps (a wrapped line cannot be redrawn
    /// in place). Console.WindowWidth is not asked: on Unix it sets the terminal's keypad mode as a side effect.
    /// </summary>
    private static string Fit(string line)
    {
        var width = int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns > 10 ? columns : 80;
        return line.Length < width ? line : line[..(width - 2)] + "…";
    }
}
