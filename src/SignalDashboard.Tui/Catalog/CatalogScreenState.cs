using SignalDashboard.Core.Catalog;
using SignalDashboard.Presentation;

namespace SignalDashboard.Tui.Catalog;

/// <summary>
/// What the Catalog screen shows, apart from any view: the rows after search, provider and tier filters,
/// in the chosen sort order. Pure; the screen asks it for <see cref="Visible"/> after every change.
/// </summary>
public sealed class CatalogScreenState
{
    private IReadOnlyList<CatalogRow> _all = [];

    public CatalogScreenState(IReadOnlyList<CatalogRow> rows) => Reset(rows);

    public IReadOnlyList<CatalogRow> Visible { get; private set; } = [];
    public string Search { get; private set; } = "";
    public string? Provider { get; private set; }
    public Tier? Tier { get; private set; }
    public CatalogColumn SortColumn { get; private set; } = CatalogColumn.Input;
    public bool Descending { get; private set; }

    public IReadOnlyList<string> Providers => _all.Select(r => r.Provider).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();

    public void Reset(IReadOnlyList<CatalogRow> rows)
    {
        _all = rows;
        Refresh();
    }

    public void SetSearch(string text)
    {
        Search = text.Trim();
        Refresh();
    }

    /// <summary>Sorts by <paramref name="column"/>; choosing the current column again reverses the order.</summary>
    public void SortBy(CatalogColumn column)
    {
        Descending = column == SortColumn && !Descending;
        SortColumn = column;
        Refresh();
    }

    /// <summary>Steps the provider filter: all → each provider in turn → all.</summary>
    public void CycleProvider()
    {
        Provider = FilterCycle.Next(Providers, Provider);
        Refresh();
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
        Refresh();
    }

    public void ClearFilters()
    {
        (Search, Provider, Tier) = ("", null, null);
        Refresh();
    }

    /// <summary>A one-line summary of the filters in effect, for the screen's frame title.</summary>
    public string FilterSummary
    {
        get
        {
            var parts = new List<string>();
            if (Provider is not null) parts.Add($"provider: {Provider}");
            if (Tier is not null) parts.Add($"tier: {Tier}");
            if (Search.Length > 0) parts.Add($"search: \"{Search}\"");
            var sort = $"sort: {SortColumn}{(Descending ? " ↓" : " ↑")}";
            return $"{Visible.Count} of {_all.Count} models · {(parts.Count == 0 ? "" : string.Join(" · ", parts) + " · ")}{sort}";
        }
    }

    private void Refresh()
    {
        var rows = _all.Where(Matches).OrderBy(r => Key(r) is null); // missing values last, whatever the direction
        var ordered = Descending ? rows.ThenByDescending(Key, SortKeyComparer.Instance) : rows.ThenBy(Key, SortKeyComparer.Instance);
        Visible = ordered.ThenBy(r => r.Provider, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
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
