using SignalDashboard.Presentation;
using SignalDashboard.Presentation.Watchlists;
using Terminal.Gui.Views;

namespace SignalDashboard.Tui.Watchlists;

/// <summary>
/// A watchlist's rows as a Terminal.Gui table: the columns of <see cref="WatchCells"/> the <paramref name="layout"/>
/// (from the width) shows, in its forms; every cell is sanitized display text.
/// </summary>
public sealed class WatchlistsTableSource(IReadOnlyList<WatchRow> rows, WatchLayout layout) : ITableSource
{
    public WatchlistsTableSource(IReadOnlyList<WatchRow> rows)
        : this(rows, WatchLayout.Full)
    {
    }

    public object this[int row, int col] => TerminalText.Sanitize(WatchCells.Cell(rows[row], layout.Columns[col], layout));

    public string[] ColumnNames { get; } = layout.Columns.Select(c => WatchCells.Headers[c]).ToArray();

    public WatchLayout Layout => layout;

    public int Columns => layout.Columns.Count;

    public int Rows => rows.Count;
}
