using SignalDashboard.Composition;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Events;
using SignalDashboard.Core.Watchlists;
using SignalDashboard.Dashboard;
using SignalDashboard.Presentation;

namespace SignalDashboard.Tui.Events;

/// <summary>
/// What the Events screen shows, apart from any view: the timeline (price events and the user's annotations) after
/// the kind, provider, period and text filters, newest first; the selected event and the detail pane that follows
/// it; and what the keys do to the annotations (the form to open, save, delete after asking). Pure but for the
/// store behind <see cref="AnnotationBook"/>.
/// </summary>
public sealed class EventsScreenState
{
    /// <summary>The periods <c>d</c> cycles through; null is "all time".</summary>
    public static readonly IReadOnlyList<int?> Periods = [null, 7, 30, 90, 365];

    private readonly IReadOnlyList<PriceEvent> _prices;
    private readonly AnnotationBook _annotations;
    private readonly DateOnly _today;
    private IReadOnlyList<EventRow> _all = [];
    private Annotation? _pendingDelete;
    private string? _notice;

    public EventsScreenState(IReadOnlyList<PriceEvent> prices, AnnotationBook annotations, DateOnly today)
    {
        (_prices, _annotations, _today) = (prices, annotations, today);
        Reload(select: null);
    }

    public IReadOnlyList<EventRow> Visible { get; private set; } = [];
    public EventKind? Kind { get; private set; }
    public string? Provider { get; private set; }
    public int? PeriodDays { get; private set; }
    public string Search { get; private set; } = "";
    public int Total => _all.Count;
    public IReadOnlyList<Annotation> Annotations => _annotations.All;

    public IReadOnlyList<string> Providers =>
        _all.Select(r => r.Provider).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();

    /// <summary>The event study of an event's day, appended to its detail; null shows none.</summary>
    public Func<DateOnly, IReadOnlyList<string>>? StudyLines { get; set; }

    /// <summary>
    /// Enter on an event with a model: shows that model in the Catalog (provider and model as the event spells them);
    /// false when the catalog has no such model.
    /// </summary>
    public Func<string, string, bool>? OpenModel { get; set; }

    /// <summary>Raised after an annotation is added, changed or deleted (other screens draw them as markers).</summary>
    public event Action<IReadOnlyList<Annotation>>? AnnotationsChanged;

    // ---- selection ----

    /// <summary>The row under the cursor: an index into <see cref="Visible"/>.</summary>
    public int SelectedIndex { get; private set; }

    public EventRow? Selected => SelectedIndex < Visible.Count ? Visible[SelectedIndex] : null;

    public Annotation? SelectedAnnotation => Selected is { AnnotationId: { } id } ? _annotations.Find(id) : null;

    /// <summary>The event's model, or the model or asset an annotation is linked to.</summary>
    public WatchItem? SelectedWatchItem =>
        Selected is { Provider: { } provider, Model: { } model } ? WatchItem.ForModel(new ModelKey(provider, model))
        : SelectedAnnotation is { Asset: { } asset } ? WatchItem.ForAsset(asset)
        : null;

    public void Select(int index)
    {
        SelectedIndex = Math.Clamp(index, 0, Math.Max(0, Visible.Count - 1));
        _notice = null;
    }

    // ---- filters: each keeps the selected event selected while it is still shown ----

    /// <summary>all → price → annotation → all.</summary>
    public void CycleKind() => Refilter(() => Kind = Kind switch { null => EventKind.Price, EventKind.Price => EventKind.Annotation, _ => null });

    public void CycleProvider() => Refilter(() => Provider = FilterCycle.Next(Providers, Provider));

    public void CyclePeriod() => Refilter(() => PeriodDays = Periods[(Periods.ToList().IndexOf(PeriodDays) + 1) % Periods.Count]);

    public void SetSearch(string text) => Refilter(() => Search = text.Trim());

    public void ClearFilters() => Refilter(() => (Kind, Provider, PeriodDays, Search) = (null, null, null, ""));

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

    public string TableTitle => $"Events · {FilterSummary}";

    // ---- the detail pane ----

    /// <summary>The keys that edit and delete an annotation, as the screen binds them ("m edit · x delete"); under an annotation's detail.</summary>
    public string? AnnotationKeys { get; set; }

    public string DetailTitle =>
        _pendingDelete is not null ? "Delete?"
        : Selected is { } row ? (row.Kind == EventKind.Price ? "Price change" : "Annotation")
        : "Event";

    /// <summary>The delete question while one is pending; else the selected event, then its study or why its model did not open.</summary>
    public IReadOnlyList<string> DetailLines
    {
        get
        {
            if (_pendingDelete is { } doomed)
                return [$"Delete the annotation \"{TerminalText.Sanitize(doomed.Title)}\"?", "", "y delete · n or Esc keep"];
            if (Selected is not { } row)
                return _all.Count == 0
                    ? ["No events yet: price changes appear after `sigdash catalog import` or `catalog sync`.", "Press a to add an annotation."]
                    : ["No event matches the filters. c clears them."];
            if (_notice is { } notice) return [.. EventDetail.Lines(row, AnnotationKeys), "", notice];
            return StudyLines is { } study
                ? [.. EventDetail.Lines(row, AnnotationKeys), "", .. study(DateOnly.FromDateTime(row.Time.UtcDateTime))]
                : EventDetail.Lines(row, AnnotationKeys);
        }
    }

    /// <summary>Asks <see cref="OpenModel"/> to show the selected event's model; when the catalog has none, the detail says so.</summary>
    public void OpenSelectedModel()
    {
        if (Selected is { Provider: { } provider, Model: { } model } && OpenModel is { } open && !open(provider, model))
            _notice = $"{TerminalText.Sanitize(provider)}/{TerminalText.Sanitize(model)} is not one of the catalog's models (only its sources list it).";
    }

    // ---- annotations ----

    /// <summary>A new annotation's form: now, linked to the model of the price change under the cursor.</summary>
    public AnnotationForm NewAnnotationForm()
    {
        var form = AnnotationForm.Blank(_annotations.Now);
        return Selected is { Kind: EventKind.Price, Provider: { } provider, Model: { } model }
            ? form with { Link = $"{provider}/{model}" }
            : form;
    }

    /// <summary>The selected annotation's form and id, to edit it; null when the row is not an annotation.</summary>
    public (AnnotationForm Form, long Id)? EditForm() =>
        SelectedAnnotation is { } annotation ? (AnnotationForm.Of(annotation), annotation.Id) : null;

    /// <summary>Saves the form as annotation <paramref name="id"/> (0: a new one) and selects it; the error, or null when saved.</summary>
    public string? Save(AnnotationForm form, long id)
    {
        var (annotation, error) = form.ToAnnotation(id);
        if (annotation is null) return error;
        try
        {
            annotation = _annotations.Save(annotation);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or StoreUnavailableException)
        {
            return $"not saved: {TerminalText.Sanitize(e.Message)}";
        }
        Changed(annotation.Id);
        return null;
    }

    public bool ConfirmingDelete => _pendingDelete is not null;

    /// <summary>On an annotation: the detail pane asks first (<see cref="ConfirmDelete"/> or <see cref="CancelDelete"/>).</summary>
    public void AskDelete()
    {
        if (SelectedAnnotation is not { } annotation) return;
        _pendingDelete = annotation;
        _notice = null;
    }

    public void ConfirmDelete()
    {
        if (_pendingDelete is not { } annotation) return;
        _pendingDelete = null;
        try
        {
            _annotations.Delete(annotation.Id);
        }
        catch (Exception e) when (e is IOException or StoreUnavailableException)
        {
            // The annotation stays listed (it is still stored); the pane says why.
            _notice = $"not deleted: {TerminalText.Sanitize(e.Message)}";
            return;
        }
        Changed(select: null);
    }

    public void CancelDelete()
    {
        if (_pendingDelete is null) return;
        _pendingDelete = null;
        _notice = null;
    }

    // ---- the timeline ----

    private void Changed(long? select)
    {
        Reload(select);
        AnnotationsChanged?.Invoke(_annotations.All);
    }

    /// <summary>The timeline rebuilt from the price events and the annotations; the cursor on annotation <paramref name="select"/>, else the top.</summary>
    private void Reload(long? select)
    {
        _all = EventRow.Timeline(_prices, _annotations.All);
        Refresh();
        Select(select is { } id ? Visible.ToList().FindIndex(r => r.AnnotationId == id) : 0);
    }

    private void Refilter(Action change)
    {
        var selected = Selected;
        change();
        Refresh();
        Select(selected is null ? 0 : Visible.ToList().FindIndex(r => r == selected));
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
