using SignalDashboard.Charts;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using static SignalDashboard.Tests.Charts.ChartSamples;

namespace SignalDashboard.Tests.Charts;

/// <summary>The view on the real Terminal.Gui ANSI driver, in-process and headless.</summary>
[Collection(TerminalGuiCollection.Name)]
public sealed class ChartViewTests
{
    [Fact]
    public void Chart_view_in_a_window_paints_the_braille_plot_and_labels()
    {
        using IApplication app = Application.Create().Init(DriverRegistry.Names.ANSI);
        app.Driver!.SetScreenSize(60, 15);
        using var window = new Window { Title = "Opus 4" };
        var chart = new ChartView { Width = Dim.Fill(), Height = Dim.Fill() };
        chart.Series = [OpusInput];
        chart.Markers = [OpusCutMarker];
        chart.Options = PriceOptions;
        window.Add(chart);

        var session = app.Begin(window);
        app.LayoutAndDraw(true);
        var screen = app.Driver.ToString();
        app.End(session!);

        Assert.Equal(new System.Drawing.Rectangle(0, 0, 58, 13), chart.Viewport);
        Assert.Contains("Claude Opus 4 · input $/1M", screen);
        Assert.Contains("$15┤⠉⠉⠉", screen);
        Assert.Contains("$5┤", screen);
        Assert.Contains("⣀⣀⣀", screen);
        Assert.Contains("▲−67%", screen);
        Assert.Contains("2025-07", screen);

        // The painted screen is the frame the renderer made for the viewport, one cell to the right and down (the border).
        var frame = ChartRenderer.Render([OpusInput], [OpusCutMarker], PriceOptions, 58, 13);
        var lines = screen.Replace("\r\n", "\n").Split('\n');
        for (var row = 0; row < frame.Height; row++)
            Assert.Equal(frame.RowText(row), lines[row + 1].Substring(1, 58));
        Assert.NotNull(chart.LastFrame);
    }

    [Fact]
    public void Marker_cells_are_painted_highlighted_and_series_in_the_palette_colour()
    {
        using IApplication app = Application.Create().Init(DriverRegistry.Names.ANSI);
        app.Driver!.SetScreenSize(60, 15);
        using var window = new Window();
        var chart = new ChartView { Width = Dim.Fill(), Height = Dim.Fill(), Series = [OpusInput], Markers = [OpusCutMarker], Options = PriceOptions };
        window.Add(chart);
        var session = app.Begin(window);
        app.LayoutAndDraw(true);

        var frame = chart.LastFrame!;
        var markerColumn = frame.ColumnOfX(OpusCutMarker.X)!.Value;
        var contents = app.Driver.Contents!; // [row, column], screen coordinates
        var marker = contents[frame.Plot.Bottom + 1, markerColumn + 1];
        var series = contents[frame.Plot.Top + 1, frame.Plot.Left + 1];
        app.End(session!);

        Assert.Equal("▲", marker.Grapheme);
        Assert.Equal(Terminal.Gui.Drawing.TextStyle.Bold, marker.Attribute!.Value.Style);
        Assert.Equal(ChartColors.Default.SeriesColor(0), series.Attribute!.Value.Foreground);
    }

    [Fact]
    public void Setting_a_property_redraws_with_the_new_options()
    {
        using IApplication app = Application.Create().Init(DriverRegistry.Names.ANSI);
        app.Driver!.SetScreenSize(60, 15);
        using var window = new Window();
        var chart = new ChartView { Width = Dim.Fill(), Height = Dim.Fill(), Series = [OpusInput], Options = PriceOptions };
        window.Add(chart);
        var session = app.Begin(window);
        app.LayoutAndDraw(true);
        Assert.DoesNotContain("$20", app.Driver.ToString());

        chart.Options = PriceOptions with { LogScaleY = true };
        app.LayoutAndDraw();
        var screen = app.Driver.ToString();
        app.End(session!);
        Assert.Contains("$20┤", screen);
    }
}
