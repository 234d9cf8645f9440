using SignalDashboard.Core.Catalog.Events;
using System.Globalization;
using SignalDashboard.Presentation;

namespace SignalDashboard.Tui.Events;

/// <summary>The Events detail pane for one row. Pure.</summary>
public static class EventDetail
{
    public static IReadOnlyList<string> Lines(EventRow row, string? annotationKeys = null)
    {
        var lines = new List<string>
        {
            row.Title,
            $"{row.Time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC · {(row.Kind == EventKind.Price ? "price change" : "annotation")} · source {row.Source}",
        };
        if (row.Provider is not null || row.Model is not null)
            lines.Add($"model {row.Provider}{(row.Provider is null ? "" : "/")}{row.Model}");
        if (row.Kind == EventKind.Price)
        {
            lines.Add($"{row.Change?.ToString().ToLowerInvariant()} {row.FieldKey ?? ""}".TrimEnd());
            if (row.Field is not null)
                lines.Add($"{PriceFormat.Usd(row.Old)} → {PriceFormat.Usd(row.New)} per 1M tokens {(row.ChangePercent is null ? "" : "(" + PriceFormat.Percent(row.ChangePercent) + ")")}".TrimEnd());
        }
        if (row.Note is { Length: > 0 } note)
        {
            lines.Add("");
            lines.AddRange(note.Split('\n'));
        }
        if (row.Tags.Count > 0)
            lines.Add("tags: " + string.Join(", ", row.Tags));
        if (row.Kind == EventKind.Annotation && annotationKeys is not null)
        {
            lines.Add("");
            lines.Add(annotationKeys);
        }
        return lines.Select(TerminalText.Sanitize).ToList();
    }
}
