using SignalDashboard.Charts;
using static SignalDashboard.Tests.Charts.ChartSamples;

namespace SignalDashboard.Tests.Charts;

/// <summary>Marker labels that would collide on the x axis row: priorities, short forms, blanks between labels.</summary>
public sealed class MarkerLabelTests
{
    private static readonly DateTimeOffset Start = Day(2026, 1, 1);
    private static readonly ChartSeries Year = Wave("price", Start, 365);

    private static string AxisRow(IReadOnlyList<ChartMarker> markers, int width = 60, ChartOptions? options = null)
    {
        var frame = ChartRenderer.Render([Year], markers, options ?? ChartOptions.Default with { MarkerGuides = false }, width, 10);
        var axis = Enumerable.Range(0, frame.Height).Select(frame.RowText).Single(r => r.Contains('└'));
        return axis[frame.Plot.Left..];
    }

    [Fact]
    public void A_label_never_touches_another_marker_or_label()
    {
        // Markers within a few columns of each other, as a year's moves and price cuts crowd the 1Y axis at 80 columns.
        var markers = new[]
        {
            new ChartMarker(Start.AddDays(80), "-15.5%"), new ChartMarker(Start.AddDays(95), "$-66.7%", 2),
            new ChartMarker(Start.AddDays(101), "$-50.0%", 2), new ChartMarker(Start.AddDays(110), "-17.3%"),
            new ChartMarker(Start.AddDays(130), "+9.9%"), new ChartMarker(Start.AddDays(140), "Mainnet"),
        };

        var row = AxisRow(markers);

        // Every run of non-axis characters is one group of adjacent ▲ with at most one label, at one end.
        var runs = System.Text.RegularExpressions.Regex.Matches(row, "[^─┬ ]+").Select(m => m.Value).ToList();
        Assert.All(runs, run => Assert.True(System.Text.RegularExpressions.Regex.IsMatch(run, "^(▲+|▲+[^▲]+|[^▲]+▲+)$"), row));
        Assert.True(row.Contains("$-66.7%", StringComparison.Ordinal), row);
    }

    [Fact]
    public void Higher_priority_labels_are_placed_first_and_shortened_before_a_lower_marker_is_dropped_for_them()
    {
        var frame = ChartRenderer.Render([Year], [], ChartOptions.Default, 60, 10);
        var c = frame.Plot.Left + 4;
        double At(int column) => frame.XAtColumn(column)!.Value;
        ChartMarker Move(int column, string label, string shortLabel) => new(At(column), label, 0, shortLabel);
        var cut = new ChartMarker(At(c + 2), "$-66.7%", 2, "$-67%");
        var note = new ChartMarker(At(c + 11), "Mainnet", 1);

        // Room for the cut's short label before the +12.0% move; the first move's label fits shortened on its left;
        // the move beside the annotation is in its group (▲▲), which carries the annotation's label.
        Assert.Equal("-16%▲─▲$-67%──▲▲Mainnet", AxisRow([Move(c, "-15.5%", "-16%"), cut, Move(c + 10, "+12.0%", "+12%"), note])[..23]);

        // A move right after the cut leaves no room even for "$-67%": that move's ▲ is dropped for the cut's label.
        Assert.Equal("-16%▲─▲$-66.7%─", AxisRow([Move(c, "-15.5%", "-16%"), cut, Move(c + 7, "+9.0%", "+9%")])[..15]);
    }

    [Fact]
    public void A_label_a_close_neighbour_already_shows_is_not_repeated()
    {
        var markers = new[] { new ChartMarker(Start.AddDays(77), "$-66.7%", 2, "$-67%"), new ChartMarker(Start.AddDays(81), "$-66.7%", 2, "$-67%") };

        var row = AxisRow(markers);

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(row, @"\$-6"));
        Assert.Equal(2, row.Count(c => c == '▲'));
    }

    [Fact]
    public void A_minimum_label_width_moves_the_plot_so_stacked_charts_share_columns()
    {
        var narrow = ChartRenderer.Render([Year], [], ChartOptions.Default, 60, 10);
        var wide = ChartRenderer.Render([Year], [], ChartOptions.Default with { YLabelWidth = narrow.Plot.Left + 2 }, 60, 10);

        Assert.Equal(narrow.Plot.Left - 1, ChartRenderer.YLabelWidth([Year], ChartOptions.Default, 60, 10));
        Assert.Equal(narrow.Plot.Left + 3, wide.Plot.Left);
        Assert.Equal(narrow.Plot.Right, wide.Plot.Right);
    }
}
