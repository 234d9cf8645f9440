namespace SignalDashboard.Composition;

/// <summary>
/// Progress on one line of a terminal's stderr, redrawn in place at most ten times a second and erased by
/// <see cref="Clear"/>. Only for a terminal: scripts and tests get none of it. Safe from several threads (sources and
/// assets are fetched at once); a subclass keeps what is under way and says what the line shows.
/// </summary>
public abstract class ProgressLine<T>(TextWriter error) : IProgress<T>
{
    private const long RedrawMilliseconds = 100;
    private const string EraseLine = "\r\u001b[K";

    private readonly Lock _lock = new();
    private long _lastDraw;
    private bool _drawn;

    /// <summary>Takes one report in (called under the lock) and returns the line to show now, or null to erase it.</summary>
    protected abstract string? Take(T value);

    public void Report(T value)
    {
        lock (_lock)
        {
            var line = Take(value);
            var now = Environment.TickCount64;
            if (now - _lastDraw < RedrawMilliseconds)
                return;
            _lastDraw = now;
            if (line is null)
            {
                EraseDrawn();
                return;
            }
            Write(EraseLine + Fit(line));
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
            // A closed terminal must not fail the work it reports on.
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
