using SignalDashboard.Charts;
using static SignalDashboard.Tests.Charts.ChartSamples;

namespace SignalDashboard.Tests.Charts;

/// <summary>Whole renders compared with Goldens/*.txt (refresh with UPDATE_GOLDENS=1, then review the diff).</summary>
public sealed class ChartGoldenTests
{
    [Fact]
    public void Opus_input_price_step_chart() =>
        Golden.Assert("opus-input-step-60x12", RenderOpus(60, 12).ToString());

    [Fact]
    public void Opus_input_price_on_a_log_scale_with_min_max_labels() =>
        Golden.Assert("opus-input-step-log-60x12", RenderOpus(60, 12, PriceOptions with { LogScaleY = true, ShowMinMaxLabels = true }).ToString());

    [Fact]
    public void Market_line_with_marker_and_cursor()
    {
        var options = new ChartOptions { Title = "RENDER · USD", YFormat = ChartValueFormat.Usd, CursorX = ChartTime.ToX(Day(2025, 4, 15)) };
        var frame = ChartRenderer.Render([Wave("RENDER", Day(2025, 1, 1), 180)], [new ChartMarker(Day(2025, 3, 1), "A")], options, 80, 16);
        Golden.Assert("market-line-cursor-80x16", frame.ToString());
    }

    [Fact]
    public void Volume_bars() =>
        Golden.Assert("volume-bars-80x6", ChartRenderer.Render([Wave("volume", Day(2025, 1, 1), 90, ChartSeriesStyle.Bars)], [], ChartOptions.Default, 80, 6).ToString());

    [Fact]
    public void Log_log_scatter_with_fitted_line()
    {
        var observed = new ChartSeries("observed", Enumerable.Range(0, 40).Select(i =>
        {
            var price = Math.Pow(10, i / 10.0 - 1);
            return new ChartPoint(price, 1e6 * Math.Pow(price, -1.1) * (1 + 0.4 * Math.Sin(i * 1.7)));
        }), ChartSeriesStyle.Points);
        var fitted = new ChartSeries("fit ε=−1.1", [new(0.1, 1e6 * Math.Pow(0.1, -1.1)), new(1000, 1e6 * Math.Pow(1000, -1.1))]);
        var options = new ChartOptions { Title = "usage vs price", XAxis = ChartXAxis.Numbers, LogScaleX = true, LogScaleY = true, XFormat = ChartValueFormat.Usd };
        Golden.Assert("elasticity-loglog-70x18", ChartRenderer.Render([observed, fitted], [], options, 70, 18).ToString());
    }
}
