using System.Globalization;
using SignalDashboard.Presentation;
using Terminal.Gui.Views;

namespace SignalDashboard.Tui.Events;

/// <summary>The visible events as a Terminal.Gui table; every cell is sanitized display text.</summary>
public sealed class EventsTableSource(IReadOnlyList<EventRow> rows) : ITableSource
{
    public IReadOnlyList<EventRow> RowData => rows;

    public object this[int row, int col] => Cell(rows[row], col);

    public string[] ColumnNames { get; } = ["Date", "Kind", "Source", "Provider", "Model", "Δ", "Title"];

    public int Columns => ColumnNames.Length;

    public int Rows => rows.Count;

    public static string Cell(EventRow row, int column) => column switch
    {
        0 => row.Time.ToUniversalTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        1 => row.Kind == EventKind.Price ? "price" : "note",
        2 => TerminalText.Sanitize(row.Source),
        3 => TerminalText.Sanitize(row.Provider ?? ""),
        4 => TerminalText.Sanitize(row.Model ?? ""),
        5 => row.ChangePercent is null ? "" : PriceFormat.Percent(row.ChangePercent),
        6 => TerminalText.Sanitize(row.Title),
        _ => "",
    };
}
