using SignalDashboard.Presentation;

namespace SignalDashboard.Tui.Events;

/// <summary>
/// What the Events screen shows, apart from any view: the timeline after the kind, provider, period and text
/// filters, newest first. Pure.
/// </summary>
public sealed class EventsScreenState
{
    /// <summary>The periods <c>d</c> cycles through; null is "all time".</summary>
    public static readonly IReadOnlyList<int?> Periods = [null, 7, 30, 90, 365];

    private readonly DateOnly _today;
    private IReadOnlyList<EventRow> _all = [];

    public EventsScreenState(IReadOnlyList<EventRow> rows, DateOnly today)
    {
        _today = today;
        Reset(rows);
    }

    public IReadOnlyList<EventRow> Visible { get; private set; } = [];
    public EventKind? Kind { get; private set; }
    public string? Provider { get; private set; }
    public int? PeriodDays { get; private set; }
    public string Search { get; private set; } = "";
    public int Total => _all.Count;

    public IReadOnlyList<string> Providers =>
        _all.Select(r => r.Provider).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();

    public void Reset(IReadOnlyList<EventRow> rows)
    {
        _all = rows;
        Refresh();
    }

    /// <summary>all → price → annotation → all.</summary>
    public void CycleKind()
    {
        Kind = Kind switch { null => EventKind.Price, EventKind.Price => EventKind.Annotation, _ => null };
        Refresh();
    }

    public void CycleProvider()
    {
        Provider = FilterCycle.Next(Providers, Provider);
        Refresh();
    }

    public void CyclePeriod()
    {
        var index = Periods.ToList().IndexOf(PeriodDays);
        PeriodDays = Periods[(index + 1) % Periods.Count];
        Refresh();
    }

    public void SetSearch(string text)
    {
        Search = text.Trim();
        Refresh();
    }

    public void ClearFilters()
    {
        (Kind, Provider, PeriodDays, Search) = (null, null, null, "");
        Refresh();
    }

    public string FilterSummary
    {
        get
        {
            var parts = new List<string>();
            if (Kind is not null) parts.Add(Kind == EventKind.Price ? "price changes" : "annotations");
            if (Provider is not null) parts.Add($"provider: {Provider}");
            if (PeriodDays is { } days) parts.Add($"last {days} days");
            if (Search.Length > 0) parts.Add($"search: \"{Search}\"");
            return $"{Visible.Count} of {_all.Count} events{(parts.Count == 0 ? "" : " · " + string.Join(" · ", parts))}";
        }
    }

    private void Refresh()
    {
        var since = PeriodDays is { } days ? _today.AddDays(-days) : (DateOnly?)null;
        Visible = _all
            .Where(r => Kind is null || r.Kind == Kind)
            .Where(r => Provider is null || string.Equals(r.Provider, Provider, StringComparison.OrdinalIgnoreCase))
            .Where(r => since is null || DateOnly.FromDateTime(r.Time.UtcDateTime) >= since)
            .Where(r => Search.Length == 0 || SearchText(r).Contains(Search, StringComparison.OrdinalIgnoreCase))
            .Reverse() // the timeline is oldest first; the screen shows the newest on top
            .ToList();
    }

    private static string SearchText(EventRow r) => $"{r.Source} {r.Provider} {r.Model} {r.Title} {r.Note} {string.Join(' ', r.Tags)}";
}
