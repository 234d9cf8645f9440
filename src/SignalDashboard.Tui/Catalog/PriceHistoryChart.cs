using SignalDashboard.Charts;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Events;
using SignalDashboard.Presentation;

namespace SignalDashboard.Tui.Catalog;

/// <summary>
/// The Catalog detail chart of one model: input and output prices as step series along the model's lineage,
/// with a marker at every input or output price change labelled by its Δ%. Pure.
/// </summary>
public static class PriceHistoryChart
{
    private static readonly PriceField[] Fields = [PriceField.Input, PriceField.Output];

    public static IReadOnlyList<ChartSeries> Series(ModelCatalog catalog, CatalogModel model) =>
        Fields.Select(field => ChartSeries.FromTimes(
                FieldLabel(field),
                catalog.PricePath(model, field).Select(s => (Start(s.Day), (double)s.UsdPerMillion)),
                ChartSeriesStyle.Step))
            .Where(s => s.Points.Count > 0)
            .ToList();

    /// <summary>
    /// One marker per day with a change (the input change's Δ% names it, else the output's), and one per annotation
    /// linked to the model or a model of its lineage (named by the start of its title).
    /// </summary>
    public static IReadOnlyList<ChartMarker> Markers(ModelCatalog catalog, CatalogModel model, IReadOnlyList<Annotation>? annotations = null)
    {
        var changes = catalog.Changes(model)
            .Where(c => Fields.Contains(c.Field))
            .GroupBy(c => c.Day)
            .Select(day => day.OrderBy(c => c.Field).First())
            .Select(c => new ChartMarker(Start(c.Day), PriceFormat.Percent(c.ChangePercent)));
        var lineage = catalog.Lineage(model).Select(m => m.Key).ToHashSet();
        var notes = (annotations ?? [])
            .Where(a => a.Model is { } key && lineage.Contains(key))
            .Select(a => new ChartMarker(a.Time, AnnotationLabel(a.Title)));
        return changes.Concat(notes).OrderBy(m => m.X).ToList();
    }

    /// <summary>An annotation's marker label: its title, cut to a few characters.</summary>
    public static string AnnotationLabel(string title, int maxLength = MaxLabel)
    {
        var clean = TerminalText.Sanitize(title).Trim();
        return clean.Length <= maxLength ? clean : clean[..(maxLength - 1)] + "…";
    }

    private const int MaxLabel = 12;

    /// <summary>Prices are never negative, so y starts at zero; x runs to <paramref name="today"/>, the price still in effect.</summary>
    public static ChartOptions Options(CatalogModel model, DateOnly today) => new()
    {
        Title = $"{TerminalText.Sanitize(model.DisplayName)} · USD per 1M tokens",
        YFormat = ChartValueFormat.Usd,
        ShowMinMaxLabels = true,
        YMin = 0,
        XMax = ChartTime.ToX(Start(today)),
    };

    public static string FieldLabel(PriceField field) => field switch
    {
        PriceField.Input => "input",
        PriceField.Output => "output",
        _ => field.Key(),
    };

    private static DateTimeOffset Start(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
