using SignalDashboard.Charts;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Events;
using SignalDashboard.Core.Watchlists;
using SignalDashboard.Presentation;

namespace SignalDashboard.Tui.Catalog;

/// <summary>
/// What the Catalog screen shows, apart from any view: the rows after search, provider and tier filters, in the
/// chosen sort order; the selected row (kept across every change while it is still shown); and for it the price
/// history chart, the detail lines and the titles. Pure; the screen copies it into its views after every change.
/// </summary>
public sealed class CatalogScreenState
{
    private readonly ModelCatalog _catalog;
    private readonly DateOnly _today;
    private readonly IReadOnlyList<CatalogRow> _all;
    private IReadOnlyList<Annotation> _annotations = [];

    /// <param name="rows">The models table (<see cref="CatalogRow.Build"/> of <paramref name="catalog"/> on <paramref name="today"/>).</param>
    public CatalogScreenState(ModelCatalog catalog, DateOnly today, IReadOnlyList<CatalogRow> rows)
    {
        (_catalog, _today, _all) = (catalog, today, rows);
        Refresh(selectKey: null);
    }

    public IReadOnlyList<CatalogRow> Visible { get; private set; } = [];
    public string Search { get; private set; } = "";
    public string? Provider { get; private set; }
    public Tier? Tier { get; private set; }
    public CatalogColumn SortColumn { get; private set; } = CatalogColumn.Input;
    public bool Descending { get; private set; }

    /// <summary>
    /// The curated models before the rest (every model the bundled history and imports list), each group in the sort
    /// order: what a newcomer sees first among some 1,500 models. On until a sort is chosen; <see cref="ToggleCuratedFirst"/>.
    /// </summary>
    public bool CuratedFirst { get; private set; } = true;

    public IReadOnlyList<string> Providers => _all.Select(r => r.Provider).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();

    // ---- selection ----

    /// <summary>The row under the cursor: an index into <see cref="Visible"/>.</summary>
    public int SelectedIndex { get; private set; }

    public CatalogRow? Selected => SelectedIndex < Visible.Count ? Visible[SelectedIndex] : null;

    /// <summary>The selected model (only the curated catalog's models can be watched).</summary>
    public WatchItem? SelectedWatchItem => Selected is { IsCurated: true } row ? WatchItem.ForModel(row.Model.Key) : null;

    public void Select(int index)
    {
        SelectedIndex = Math.Clamp(index, 0, Math.Max(0, Visible.Count - 1));
        if (Selected is { } row) DetailTitle = $"Details · {TerminalText.Sanitize(row.Name)}";
    }

    /// <summary>
    /// Selects the model a source spells <paramref name="provider"/>/<paramref name="model"/> (the catalog's own key,
    /// or any source listing of it), clearing search and filters when they hide it.
    /// </summary>
    public CatalogReveal Reveal(string provider, string model)
    {
        bool Matches(CatalogRow r) =>
            (r.Provider == provider && r.Id == model) || r.Listings.Any(l => l.Provider == provider && l.Model == model);
        if (!_all.Any(Matches)) return CatalogReveal.NotInCatalog;
        var cleared = !Visible.Any(Matches);
        if (cleared) (Search, Provider, Tier) = ("", null, null);
        Refresh(selectKey: null);
        Select(Visible.ToList().FindIndex(Matches));
        return cleared ? CatalogReveal.SelectedAfterClearingFilters : CatalogReveal.Selected;
    }

    // ---- search, filters, sort: each keeps the selected model selected while it is still shown ----

    public void SetSearch(string text)
    {
        Search = text.Trim();
        Refresh(Selected?.Model.Key);
    }

    /// <summary>Sorts by <paramref name="column"/>; choosing the current column again reverses the order.</summary>
    public void SortBy(CatalogColumn column)
    {
        Descending = column == SortColumn && !Descending;
        SortColumn = column;
        CuratedFirst = false; // a chosen order is the order of every row
        Refresh(Selected?.Model.Key);
    }

    public void ToggleCuratedFirst()
    {
        CuratedFirst = !CuratedFirst;
        Refresh(Selected?.Model.Key);
    }

    /// <summary>Sorts by the column right of the current one (after the last: the first), ascending.</summary>
    public void SortByNextColumn()
    {
        var at = CatalogColumns.All.ToList().FindIndex(c => c.Name == SortColumn);
        SortBy(CatalogColumns.All[(at + 1) % CatalogColumns.All.Count].Name);
    }

    /// <summary>Steps the provider filter: all → each provider in turn → all.</summary>
    public void CycleProvider()
    {
        Provider = FilterCycle.Next(Providers, Provider);
        Refresh(Selected?.Model.Key);
    }

    /// <summary>Steps the tier filter: all → Free → Budget → Mid → Top → all.</summary>
    public void CycleTier()
    {
        Tier = Tier switch
        {
            null => Core.Catalog.Tier.Free,
            Core.Catalog.Tier.Top => null,
            var t => t + 1,
        };
        Refresh(Selected?.Model.Key);
    }

    public void ClearFilters()
    {
        (Search, Provider, Tier) = ("", null, null);
        Refresh(Selected?.Model.Key);
    }

    // ---- texts ----

    /// <summary>A one-line summary of the filters in effect.</summary>
    public string FilterSummary
    {
        get
        {
            var parts = new List<string>();
            if (Provider is not null) parts.Add($"provider: {Provider}");
            if (Tier is not null) parts.Add($"tier: {Tier}");
            if (Search.Length > 0) parts.Add($"search: \"{Search}\"");
            var sort = $"sort: {SortColumn}{(Descending ? " ↓" : " ↑")}{(CuratedFirst && _all.Any(r => !r.IsCurated) ? ", curated first" : "")}";
            return $"{Visible.Count} of {_all.Count} models · {(parts.Count == 0 ? "" : string.Join(" · ", parts) + " · ")}{sort}";
        }
    }

    public string TableTitle => $"Models · {FilterSummary}";

    /// <summary>The column headers, the sorted one marked ▲ (ascending) or ▼.</summary>
    public IReadOnlyList<string> Headers => CatalogColumns.All
        .Select(c => c.Name == SortColumn ? $"{c.Header}{(Descending ? "▼" : "▲")}" : c.Header)
        .ToList();

    public string ChartTitle => Selected is { } row ? $"Price history · {TerminalText.Sanitize(row.Name)}" : "Price history";

    /// <summary>The detail pane's title: the selected model's name; with no row selected, the last one shown stays.</summary>
    public string DetailTitle { get; private set; } = "Details";

    public IReadOnlyList<string> DetailLines => Selected is { } row
        ? CatalogDetail.Lines(row, _catalog)
        : [Search.Length > 0 ? $"No model matches \"{TerminalText.Sanitize(Search)}\". Esc clears the search." : "No models."];

    // ---- the price history chart ----

    /// <summary>The user's annotations: those linked to the selected model's lineage are markers on its chart.</summary>
    public void SetAnnotations(IReadOnlyList<Annotation> annotations) => _annotations = annotations;

    public IReadOnlyList<ChartSeries> ChartSeries => Selected is { } row ? PriceHistoryChart.Series(_catalog, row.Model) : [];

    public IReadOnlyList<ChartMarker> ChartMarkers => Selected is { } row ? PriceHistoryChart.Markers(_catalog, row.Model, _annotations) : [];

    public ChartOptions ChartOptions => Selected is { } row
        ? PriceHistoryChart.Options(row.Model, _today)
        : ChartOptions.Default with { NoDataText = "no model matches" };

    // ---- rows ----

    private void Refresh(ModelKey? selectKey)
    {
        var rows = _all.Where(Matches)
            .OrderBy(r => CuratedFirst && !r.IsCurated)
            .ThenBy(r => Key(r) is null); // missing values last, whatever the direction
        var ordered = Descending ? rows.ThenByDescending(Key, SortKeyComparer.Instance) : rows.ThenBy(Key, SortKeyComparer.Instance);
        Visible = ordered.ThenBy(r => r.Provider, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
        Select(selectKey is { } key ? Visible.ToList().FindIndex(r => r.Model.Key == key) : 0);
    }

    private bool Matches(CatalogRow row) =>
        (Provider is null || row.Provider.Equals(Provider, StringComparison.OrdinalIgnoreCase))
        && (Tier is null || row.Tier == Tier)
        && (Search.Length == 0 || SearchText(row).Contains(Search, StringComparison.OrdinalIgnoreCase));

    private static string SearchText(CatalogRow row) => $"{row.Provider} {row.Name} {row.Id} {row.Model.TokenizerFamily} {row.Tier}";

    private object? Key(CatalogRow row) => SortColumn switch
    {
        CatalogColumn.Provider => row.Provider,
        CatalogColumn.Model => row.Name,
        CatalogColumn.Tier => row.Tier,
        CatalogColumn.Input => row[PriceField.Input]?.UsdPerMillion,
        CatalogColumn.Output => row[PriceField.Output]?.UsdPerMillion,
        CatalogColumn.Cached => row[PriceField.CachedInput]?.UsdPerMillion,
        CatalogColumn.BatchInput => row[PriceField.BatchInput]?.UsdPerMillion,
        CatalogColumn.Context => row.Model.ContextWindow,
        CatalogColumn.Tokenizer => row.Model.TokenizerFamily,
        CatalogColumn.LastChange => row.LastChange?.ChangePercent,
        CatalogColumn.Sources => row.Listings.Count == 0 ? null : row.Disagreements.Count * 100 + row.Listings.Count, // disagreements first when descending
        _ => null,
    };

    /// <summary>Orders the values of one column: strings ignoring case, the rest by their own order.</summary>
    private sealed class SortKeyComparer : IComparer<object?>
    {
        public static readonly SortKeyComparer Instance = new();

        public int Compare(object? x, object? y) => (x, y) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            (string a, string b) => StringComparer.OrdinalIgnoreCase.Compare(a, b),
            _ => Comparer<object>.Default.Compare(x, y),
        };
    }
}

/// <summary>What <see cref="CatalogScreenState.Reveal"/> did.</summary>
public enum CatalogReveal
{
    /// <summary>The catalog has no such model (only the events' sources list it, or none): nothing changes.</summary>
    NotInCatalog,

    Selected,

    /// <summary>Search and filters hid the model: they were cleared.</summary>
    SelectedAfterClearingFilters,
}
