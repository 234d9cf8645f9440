using SignalDashboard.Presentation;
using SignalDashboard.Presentation.Watchlists;
using Terminal.Gui.Views;

namespace SignalDashboard.Tui.Watchlists;

/// <summary>A watchlist's rows as a Terminal.Gui table: every cell is sanitized display text.</summary>
public sealed class WatchlistsTableSource(IReadOnlyList<WatchRow> rows) : ITableSource
{
    public object this[int row, int col] => TerminalText.Sanitize(WatchCells.Cell(rows[row], col));

    public string[] ColumnNames { get; } = WatchCells.Headers.ToArray();

    public int Columns => WatchCells.Headers.Count;

    public int Rows => rows.Count;
}
