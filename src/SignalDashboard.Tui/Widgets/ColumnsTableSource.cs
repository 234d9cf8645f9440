using SignalDashboard.Presentation;
using SignalDashboard.Tui.Tables;
using Terminal.Gui.Views;

namespace SignalDashboard.Tui.Widgets;

/// <summary>
/// A state's rows as a Terminal.Gui table, one column per <see cref="TableColumn{TName,TRow}"/>: every cell is
/// sanitized display text. <paramref name="headers"/> replaces the columns' own headers (a sort mark).
/// </summary>
public sealed class ColumnsTableSource<TName, TRow>(
    IReadOnlyList<TableColumn<TName, TRow>> columns, IReadOnlyList<TRow> rows, IReadOnlyList<string>? headers = null) : ITableSource
    where TName : struct, Enum
{
    public IReadOnlyList<TRow> RowData => rows;

    public IReadOnlyList<TableColumn<TName, TRow>> Layout => columns;

    public object this[int row, int col] => TerminalText.Sanitize(columns[col].Cell(rows[row]));

    public string[] ColumnNames { get; } = (headers ?? columns.Select(c => c.Header).ToList()).ToArray();

    public int Columns => columns.Count;

    public int Rows => rows.Count;
}
