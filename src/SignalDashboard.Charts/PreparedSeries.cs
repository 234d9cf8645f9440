namespace SignalDashboard.Charts;

/// <summary>A series ready to draw: only finite points (positive ones on log axes), sorted by x; <see cref="Index"/> picks its colour.</summary>
internal sealed record PreparedSeries(int Index, string Name, ChartSeriesStyle Style, IReadOnlyList<ChartPoint> Points)
{
    public static IReadOnlyList<PreparedSeries> From(IReadOnlyList<ChartSeries?> series, ChartOptions options) =>
        series
            .Select((s, i) => s is null
                ? null
                : new PreparedSeries(i, ChartText.Sanitize(s.Name), s.Style, s.Points
                    .Where(p => p.IsFinite && (!options.LogScaleY || p.Y > 0) && (!options.LogScaleX || p.X > 0))
                    .OrderBy(p => p.X)
                    .ToArray()))
            .OfType<PreparedSeries>()
            .ToArray();
}
