namespace SignalDashboard.Charts;

/// <summary>
/// Which rows hold what, top to bottom: an optional title row, the plot, the x axis, the x labels.
/// Small heights drop the title, then the labels, then the axis. A row that is absent is −1.
/// </summary>
internal readonly record struct ChartRows(int Title, int PlotTop, int PlotRows, int Axis, int Labels)
{
    public static ChartRows For(int height, bool wantsTitle)
    {
        var title = wantsTitle && height >= 5 ? 0 : -1;
        var top = title + 1;
        var remaining = height - top;
        var hasAxis = remaining >= 2;
        var hasLabels = remaining >= 4;
        var plotRows = remaining - (hasAxis ? 1 : 0) - (hasLabels ? 1 : 0);
        var axis = hasAxis ? top + plotRows : -1;
        return new ChartRows(title, top, plotRows, axis, hasLabels ? axis + 1 : -1);
    }

    public int PlotBottom => PlotTop + PlotRows;
}
