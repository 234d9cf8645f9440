using SignalDashboard.Presentation;
using SignalDashboard.Presentation.Watchlists;
using SignalDashboard.Tui.Tables;

namespace SignalDashboard.Tui.Watchlists;

/// <summary>
/// The columns of a watchlist table. Each value is the column's index in <see cref="WatchCells"/>, the table the
/// Watchlists screen shares with <c>sigdash watchlist show</c>; only <see cref="WatchlistsColumns"/> turns one into the other.
/// </summary>
public enum WatchlistColumn
{
    Item,
    Name,
    Data,
    Price,
    Change24h,
    Change7d,
    InputPerMillion,
    OutputPerMillion,
    LastChange,
}

/// <summary>A watchlist table's columns for a width: which the <see cref="WatchLayout"/> of that width shows, in its forms, and their look.</summary>
public static class WatchlistsColumns
{
    private const int NameWidth = 16;

    /// <param name="width">The table's inner width.</param>
    public static IReadOnlyList<TableColumn<WatchlistColumn, WatchRow>> For(int width)
    {
        var layout = WatchLayout.For(width);
        var itemWidth = WatchLayout.ItemWidth(layout, width);
        return layout.Columns.Select(index => Column((WatchlistColumn)index, layout, itemWidth)).ToList();
    }

    /// <summary>A cell as a table of <paramref name="width"/> shows it (sanitized).</summary>
    public static string Cell(WatchRow row, WatchlistColumn column, int width) =>
        TerminalText.Sanitize(WatchCells.Cell(row, (int)column, WatchLayout.For(width)));

    /// <summary>Numbers right-aligned, DEMO in yellow, and the item and name capped so the prices stay on screen.</summary>
    private static TableColumn<WatchlistColumn, WatchRow> Column(WatchlistColumn name, WatchLayout layout, int itemWidth) =>
        new(name, WatchCells.Headers[(int)name], row => WatchCells.Cell(row, (int)name, layout))
        {
            MaxWidth = name switch
            {
                WatchlistColumn.Item => itemWidth, // long model ids would push the prices off
                WatchlistColumn.Name => NameWidth,
                _ => null,
            },
            AlignRight = name is WatchlistColumn.Price or WatchlistColumn.Change24h or WatchlistColumn.Change7d
                or WatchlistColumn.InputPerMillion or WatchlistColumn.OutputPerMillion,
            Tone = name == WatchlistColumn.Data ? CellTones.Demo : null,
        };
}
