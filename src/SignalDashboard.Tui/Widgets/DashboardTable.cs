using SignalDashboard.Tui.Tables;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace SignalDashboard.Tui.Widgets;

/// <summary>
/// The dashboard's table look, shared by every screen: full-row selection, no grid lines, headers kept; and each
/// column styled from its <see cref="TableColumn{TName,TRow}"/> (alignment, width, tone).
/// </summary>
public static class DashboardTable
{
    public static TableView Create()
    {
        var table = new TableView
        {
            Width = Dim.Fill(),
            Height = Dim.Fill(),
            FullRowSelect = true,
            CollectionNavigator = null, // letters are our key bindings, not type-to-search
        };
        table.Style.ShowHorizontalHeaderOverline = false;
        table.Style.ShowVerticalCellLines = false;
        table.Style.ShowVerticalHeaderLines = false;
        table.Style.ExpandLastColumn = false;
        table.Style.AlwaysShowHeaders = true;
        return table;
    }

    /// <summary>
    /// Shows new rows with the cursor on row <paramref name="selected"/> (kept within the rows), in view. Pass the
    /// state's selection: a new table source moves the cursor to the top, and the state follows the cursor.
    /// </summary>
    public static void ShowRows(TableView table, ITableSource rows, int selected)
    {
        table.Table = rows;
        if (rows.Rows > 0) table.SetSelection(0, Math.Clamp(selected, 0, rows.Rows - 1), false, null);
        table.EnsureCursorIsVisible();
        table.Update();
    }

    /// <summary>Styles the table's columns, in the order shown, as <paramref name="columns"/> describe them (replacing earlier styles).</summary>
    public static void Style<TName, TRow>(TableView table, IReadOnlyList<TableColumn<TName, TRow>> columns)
        where TName : struct, Enum
    {
        table.Style.ColumnStyles.Clear();
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            if (!column.AlignRight && column.MaxWidth is null && column.Tone is null) continue;
            var style = table.Style.GetOrCreateColumnStyle(i);
            if (column.AlignRight) style.Alignment = Alignment.End;
            if (column.MaxWidth is { } width) style.MaxWidth = width;
            if (column.Tone is { } tone) style.ColorGetter = args => Scheme(tone(args.CellValue as string ?? ""));
        }
    }

    private static Scheme? Scheme(CellTone tone) => tone switch
    {
        CellTone.Good => new Scheme(new Attribute(Color.BrightGreen, Color.None)),
        CellTone.Mild => new Scheme(new Attribute(Color.Green, Color.None)),
        CellTone.Caution => new Scheme(new Attribute(Color.BrightYellow, Color.None)),
        CellTone.Bad => new Scheme(new Attribute(Color.BrightRed, Color.None)),
        _ => null,
    };
}
