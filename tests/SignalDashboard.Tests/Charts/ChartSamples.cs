using SignalDashboard.Charts;

namespace SignalDashboard.Tests.Charts;

/// <summary>Inputs shared by the chart tests.</summary>
internal static class ChartSamples
{
    public static readonly DateTimeOffset OpusLaunch = new(2025, 5, 22, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset OpusCut = new(2026, 2, 5, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Claude Opus 4 input price, USD per 1M tokens: $15 from launch, $5 after the cut.</summary>
    public static ChartSeries OpusInput { get; } =
        ChartSeries.FromTimes("Opus input", [(OpusLaunch, 15), (OpusCut, 5)], ChartSeriesStyle.Step);

    public static ChartMarker OpusCutMarker { get; } = new(OpusCut, "−67%");

    public static ChartOptions PriceOptions { get; } = new() { Title = "Claude Opus 4 · input $/1M", YFormat = ChartValueFormat.Usd };

    public static ChartFrame RenderOpus(int width, int height, ChartOptions? options = null) =>
        ChartRenderer.Render([OpusInput], [OpusCutMarker], options ?? PriceOptions, width, height);

    public static DateTimeOffset Day(int year, int month, int day) => new(year, month, day, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A deterministic wavy daily price series, for line charts.</summary>
    public static ChartSeries Wave(string name, DateTimeOffset start, int days, ChartSeriesStyle style = ChartSeriesStyle.Line) =>
        ChartSeries.FromTimes(name, Enumerable.Range(0, days).Select(i => (start.AddDays(i), 100 + 10 * Math.Sin(i / 9.0) + 3 * Math.Cos(i / 2.3))), style);

    public static bool IsBraille(ChartCell cell) => cell.Rune.Value is >= 0x2800 and <= 0x28FF;

    /// <summary>The text of the y label left of the axis on a row ("" when none).</summary>
    public static string YLabel(ChartFrame frame, int row) => frame.RowText(row)[..(frame.Plot.Left - 1)].Trim();

    /// <summary>The labels on a row: text separated by two or more spaces (a label like "Mar 26" has one inside).</summary>
    public static IEnumerable<string> Words(string row) =>
        System.Text.RegularExpressions.Regex.Split(row.Trim(), @"\s{2,}").Where(w => w.Length > 0);
}
