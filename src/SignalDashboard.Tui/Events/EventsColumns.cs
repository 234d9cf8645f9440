using System.Globalization;
using SignalDashboard.Presentation;
using SignalDashboard.Tui.Tables;

namespace SignalDashboard.Tui.Events;

/// <summary>The columns of the timeline, in display order.</summary>
public enum EventsColumn
{
    Date,
    Kind,
    Source,
    Provider,
    Model,
    Change,
    Title,
}

/// <summary>The timeline's columns: what each shows of an <see cref="EventRow"/>, and its look.</summary>
public static class EventsColumns
{
    public static readonly IReadOnlyList<TableColumn<EventsColumn, EventRow>> All =
    [
        new(EventsColumn.Date, "Date", r => r.Time.ToUniversalTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new(EventsColumn.Kind, "Kind", r => r.Kind == EventKind.Price ? "price" : "note"),
        new(EventsColumn.Source, "Source", r => r.Source),
        new(EventsColumn.Provider, "Provider", r => r.Provider ?? ""),
        new(EventsColumn.Model, "Model", r => r.Model ?? "") { MaxWidth = 20 }, // long model ids would push the title off an 80-column screen
        new(EventsColumn.Change, "Δ", r => r.ChangePercent is null ? "" : PriceFormat.Percent(r.ChangePercent)) { AlignRight = true },
        new(EventsColumn.Title, "Title", r => r.Title), // the last column: it takes what is left
    ];

    /// <summary>A cell as the table shows it (sanitized).</summary>
    public static string Cell(EventRow row, EventsColumn column) => TerminalText.Sanitize(All.Of(column).Cell(row));
}
