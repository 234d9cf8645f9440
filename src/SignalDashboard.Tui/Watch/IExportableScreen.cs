using SignalDashboard.Presentation;
using Terminal.Gui.Views;

namespace SignalDashboard.Tui.Watch;

/// <summary>A screen that shows a table: <c>e</c> / <c>E</c> export it as it is shown (rows filtered and sorted as on screen).</summary>
public interface IExportableScreen
{
    ScreenTable? CurrentTable { get; }
}

public static class ScreenTables
{
    /// <summary>Every cell of a Terminal.Gui table source as displayed text.</summary>
    public static ScreenTable From(string screen, ITableSource? source)
    {
        if (source is null) return new ScreenTable(screen, [], []);
        var rows = Enumerable.Range(0, source.Rows)
            .Select(r => (IReadOnlyList<string>)Enumerable.Range(0, source.Columns).Select(c => source[r, c]?.ToString() ?? "").ToList())
            .ToList();
        return new ScreenTable(screen, source.ColumnNames, rows);
    }
}
