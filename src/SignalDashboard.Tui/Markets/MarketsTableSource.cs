using SignalDashboard.Presentation;
using Terminal.Gui.Views;

namespace SignalDashboard.Tui.Markets;

/// <summary>The market assets as a Terminal.Gui table: every cell is sanitized display text.</summary>
public sealed class MarketsTableSource(MarketsScreenState state) : ITableSource
{
    public object this[int row, int col] => TerminalText.Sanitize(state.Cell(row, col));

    public string[] ColumnNames { get; } = MarketsScreenState.Headers.ToArray();

    public int Columns => MarketsScreenState.Headers.Count;

    public int Rows => state.Entries.Count;
}
