using SignalDashboard.Charts;
using static SignalDashboard.Tests.Charts.ChartSamples;

namespace SignalDashboard.Tests.Charts;

public sealed class StepChartTests
{
    // 60×12 with a title: row 0 title, rows 1–9 plot, row 10 x axis, row 11 date labels; y labels "$15" → plot from column 4.
    // x range: launch → cut + 8% (the price still in effect), 56 columns = 112 dots:
    // the cut is at dot round(111 / 1.08) = 103 → column 4 + 103 / 2 = 55.
    private const int CutColumn = 55;
    private const int TopRow = 1;
    private const int BottomRow = 9;

    private readonly ChartFrame _frame = RenderOpus(60, 12);

    [Fact]
    public void Y_axis_has_nice_dollar_ticks_at_the_15_10_5_rows()
    {
        Assert.Equal(new ChartRect(4, 1, 56, 9), _frame.Plot);
        Assert.StartsWith("$15┤", _frame.RowText(1));
        Assert.StartsWith("$10┤", _frame.RowText(5));
        Assert.StartsWith(" $5┤", _frame.RowText(9));
        Assert.Equal(new[] { "$15", "$10", "$5" }, Enumerable.Range(1, 9).Select(r => YLabel(_frame, r)).Where(l => l.Length > 0));
    }

    [Fact]
    public void X_axis_is_labelled_with_months_under_ticks()
    {
        Assert.Equal(new[] { "2025-07", "2025-09", "2025-11", "2026-01" }, Words(_frame.RowText(11)));
        var axis = _frame.RowText(10);
        Assert.StartsWith("   └", axis);
        Assert.Equal(4, axis.Count(c => c == '┬'));
        Assert.Equal('┬', axis[_frame.ColumnOfX(ChartTime.ToX(Day(2025, 7, 1)))!.Value]);
    }

    [Fact]
    public void Step_holds_15_until_the_cut_then_drops_to_5_in_the_cut_column()
    {
        for (var c = _frame.Plot.Left; c < CutColumn; c++)
        {
            Assert.Equal(0x2809, _frame[c, TopRow].Rune.Value); // ⠉ top dots of both columns: $15 held
            Assert.Equal(ChartRole.Empty, _frame[c, BottomRow].Role); // no $5 before the cut
        }
        Assert.Equal(_frame.ColumnOfX(ChartTime.ToX(OpusCut)), CutColumn);
        for (var r = TopRow; r <= BottomRow; r++)
            Assert.True(IsBraille(_frame[CutColumn, r]), $"vertical drop at row {r}");
        Assert.Equal(ChartRole.Empty, _frame[CutColumn + 1, TopRow].Role);
    }

    [Fact]
    public void Last_value_runs_on_to_the_right_edge()
    {
        for (var c = CutColumn + 1; c < _frame.Width; c++)
        {
            Assert.Equal(0x28C0, _frame[c, BottomRow].Rune.Value); // ⣀ bottom dots: $5 still in effect
            Assert.Equal(new ChartCell(new System.Text.Rune(0x28C0), ChartRole.Series, 0), _frame[c, BottomRow]);
        }
    }

    [Fact]
    public void Marker_sits_on_the_axis_row_at_the_cut_with_its_label_beside_it()
    {
        Assert.Equal('▲', _frame.RowText(10)[CutColumn]);
        Assert.Equal(ChartRole.Marker, _frame[CutColumn, 10].Role);
        Assert.Equal("−67%", _frame.RowText(10).Substring(CutColumn + 1, 4));
    }

    [Fact]
    public void Marker_label_goes_left_when_the_right_edge_is_too_close()
    {
        var frame = ChartRenderer.Render([OpusInput], [OpusCutMarker], PriceOptions with { XMax = ChartTime.ToX(OpusCut.AddDays(1)) }, 60, 12);
        var axis = frame.RowText(10);
        Assert.EndsWith("−67%▲", axis.TrimEnd());
    }

    [Fact]
    public void Markers_outside_the_x_range_are_not_drawn()
    {
        var frame = ChartRenderer.Render([OpusInput], [new ChartMarker(Day(2020, 1, 1), "old")], PriceOptions, 60, 12);
        Assert.DoesNotContain("▲", frame.ToString());
        Assert.DoesNotContain("old", frame.ToString());
    }

    [Fact]
    public void Title_is_on_the_first_row()
    {
        Assert.Equal("Claude Opus 4 · input $/1M", _frame.RowText(0).TrimEnd());
        Assert.Equal(ChartRole.Title, _frame[0, 0].Role);
    }

    [Fact]
    public void A_fixed_x_range_ending_now_keeps_the_step_running_to_now()
    {
        var now = Day(2026, 3, 26);
        var frame = ChartRenderer.Render([OpusInput], [OpusCutMarker], PriceOptions with { XMax = ChartTime.ToX(now) }, 60, 12);
        Assert.True(IsBraille(frame[frame.Width - 1, BottomRow]));
        Assert.Contains("2026-03", frame.RowText(11));
    }
}
