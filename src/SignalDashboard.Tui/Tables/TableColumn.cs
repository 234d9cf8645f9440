namespace SignalDashboard.Tui.Tables;

/// <summary>
/// One column of a screen's table, named by a value of the table's column enum so the state and the screen speak of
/// the same column without an index: its header, how a row reads in it, and how it looks. Plain data: states build
/// these, and the screen turns them into Terminal.Gui column styles (<see cref="Widgets.DashboardTable.Style"/>).
/// </summary>
public sealed record TableColumn<TName, TRow>(TName Name, string Header, Func<TRow, string> Cell)
    where TName : struct, Enum
{
    /// <summary>Numbers (prices, Δ%, counts) line up on the right.</summary>
    public bool AlignRight { get; init; }

    /// <summary>The widest the column may be; null: as wide as the table lets it be.</summary>
    public int? MaxWidth { get; init; }

    /// <summary>The colour a cell's text calls for; null: the table's own.</summary>
    public Func<string, CellTone>? Tone { get; init; }
}

/// <summary>Looks up a table's columns by name.</summary>
public static class TableColumns
{
    public static TableColumn<TName, TRow> Of<TName, TRow>(this IReadOnlyList<TableColumn<TName, TRow>> columns, TName name)
        where TName : struct, Enum =>
        columns.First(c => EqualityComparer<TName>.Default.Equals(c.Name, name));
}
