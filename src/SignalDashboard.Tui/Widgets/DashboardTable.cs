using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace SignalDashboard.Tui.Widgets;

/// <summary>The dashboard's table look, shared by every screen: full-row selection, no grid lines, headers kept.</summary>
public static class DashboardTable
{
    /// <param name="rightAligned">Column indexes of numbers (prices, Δ%), aligned on the right.</param>
    public static TableView Create(params int[] rightAligned)
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
        foreach (var index in rightAligned)
            table.Style.GetOrCreateColumnStyle(index).Alignment = Alignment.End;
        return table;
    }
}
