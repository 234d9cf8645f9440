using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Events;

namespace SignalDashboard.Presentation;

/// <summary>
/// One line of the event timeline — a detected price change or a user's annotation — with the columns of
/// <c>sigdash events list</c> and the Events screen. Pure.
/// </summary>
public sealed record EventRow(
    DateTimeOffset Time,
    EventKind Kind,
    string Source,
    string? Provider,
    string? Model,
    ChangeKind? Change,
    PriceField? Field,
    decimal? Old,
    decimal? New,
    string Title,
    string? Note,
    IReadOnlyList<string> Tags,
    long? AnnotationId = null)
{
    public const string UserSource = "user";

    /// <summary>The field as events and diffs name it (input, output, cache_read, cache_write), or null.</summary>
    public string? FieldKey => Key(Field);

    private static string? Key(PriceField? field) => field is { } f ? DiffKeys.Field(f) : null;

    public decimal? ChangePercent => Old is { } o && New is { } n && o != 0m ? (n - o) / o * 100m : null;

    public static EventRow From(PriceEvent e)
    {
        var c = e.Change;
        return new EventRow(
            new DateTimeOffset(e.Day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            EventKind.Price, e.Source, c.Provider, c.Model, c.Change, c.Field, c.Old, c.New,
            PriceEventTitle(c), Note: null, Tags: []);
    }

    public static EventRow From(Annotation a) => new(
        a.Time.ToUniversalTime(), EventKind.Annotation, UserSource, a.Model?.Provider, a.Model?.Model ?? a.Asset,
        Change: null, Field: null, Old: null, New: null, a.Title, a.Note, a.Tags ?? [], a.Id);

    /// <summary>"claude-opus-4-6 input $15.00 → $5.00 (-66.7%)", "gpt-5 added", "gpt-4 removed".</summary>
    public static string PriceEventTitle(CatalogChange c) => c.Change switch
    {
        ChangeKind.Added => $"{c.Model} added",
        ChangeKind.Removed => $"{c.Model} removed",
        _ when c.Old is null => $"{c.Model} {Key(c.Field)} priced at {PriceFormat.Usd(c.New)}",
        _ when c.New is null => $"{c.Model} {Key(c.Field)} price withdrawn (was {PriceFormat.Usd(c.Old)})",
        _ => $"{c.Model} {Key(c.Field)} {PriceFormat.Usd(c.Old)} → {PriceFormat.Usd(c.New)} ({PriceFormat.Percent(c.ChangePercent)})",
    };

    /// <summary>The timeline in order: oldest first, price events before annotations on the same instant.</summary>
    public static IReadOnlyList<EventRow> Timeline(IEnumerable<PriceEvent> prices, IEnumerable<Annotation> annotations) =>
        prices.Select(From).Concat(annotations.Select(From))
            .OrderBy(r => r.Time)
            .ThenBy(r => r.Kind)
            .ThenBy(r => r.Source, StringComparer.Ordinal)
            .ThenBy(r => r.Provider, StringComparer.Ordinal)
            .ThenBy(r => r.Model, StringComparer.Ordinal)
            .ThenBy(r => r.Field)
            .ToList();
}

public enum EventKind
{
    Price,
    Annotation,
}
