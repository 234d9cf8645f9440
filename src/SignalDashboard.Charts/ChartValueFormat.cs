using System.Globalization;

namespace SignalDashboard.Charts;

/// <summary>
/// How axis values are written: a prefix/suffix ("$", "%"), compact thousands (12.5k, 3M, 1.2B) and cents for money.
/// Tick labels take their decimals from the tick step, so a set of ticks reads evenly ($0.05 $0.10 … or $5 $10 $15).
/// </summary>
public sealed record ChartValueFormat
{
    public static ChartValueFormat Number { get; } = new();

    /// <summary>US dollars: $0.05, $2.50, $15, $168, $12.5k.</summary>
    public static ChartValueFormat Usd { get; } = new() { Prefix = "$", Cents = true };

    public static ChartValueFormat Percent { get; } = new() { Suffix = "%", Compact = false };

    public string Prefix { get; init; } = string.Empty;

    public string Suffix { get; init; } = string.Empty;

    /// <summary>Write 10 000 and more as 10k, 1 000 000 and more as 1M, 10⁹ and more as 1B.</summary>
    public bool Compact { get; init; } = true;

    /// <summary>Fractional values get two decimals rather than one ($2.50, not $2.5).</summary>
    public bool Cents { get; init; }

    /// <summary>Labels for evenly spaced ticks <paramref name="step"/> apart; all share one unit (k/M/B) and one number of decimals.</summary>
    public IReadOnlyList<string> FormatTicks(IReadOnlyList<double> ticks, double step)
    {
        var (divisor, unit) = UnitFor(ticks.Count == 0 ? 0 : ticks.Max(Math.Abs));
        var decimals = DecimalsFor(step / divisor);
        return ticks.Select(t => Compose(t, divisor, unit, decimals)).ToArray();
    }

    /// <summary>Labels for ticks of a log axis (1-2-5 per decade): each takes the unit and decimals its own size needs.</summary>
    public IReadOnlyList<string> FormatLogTicks(IReadOnlyList<double> ticks) =>
        ticks.Select(t =>
        {
            var (divisor, unit) = UnitFor(Math.Abs(t));
            return Compose(t, divisor, unit, DecimalsFor(Math.Abs(t) / divisor));
        }).ToArray();

    /// <summary>One value with three significant digits (168, 15, 2.50, 0.0523), for min/max labels and readouts.</summary>
    public string Format(double value)
    {
        if (!double.IsFinite(value))
            return "?";
        var (divisor, unit) = UnitFor(Math.Abs(value));
        var scaled = Math.Abs(value) / divisor;
        var decimals = scaled is 0 or >= 100 ? 0 : Math.Clamp(2 - (int)Math.Floor(Math.Log10(scaled)), 0, 8);
        var text = scaled.ToString("F" + decimals, CultureInfo.InvariantCulture);
        if (text.Contains('.'))
            text = text.TrimEnd('0').TrimEnd('.');
        return Decorate(value < 0 && text != "0", unit.Length == 0 ? PadCents(text) : text, unit);
    }

    private string Compose(double value, double divisor, string unit, int decimals)
    {
        var text = (Math.Abs(value) / divisor).ToString("F" + decimals, CultureInfo.InvariantCulture);
        return text.All(c => c is '0' or '.')
            ? Decorate(false, "0", string.Empty)
            : Decorate(value < 0, unit.Length == 0 ? PadCents(text) : text, unit);
    }

    private string Decorate(bool negative, string number, string unit) =>
        (negative ? "-" : string.Empty) + Prefix + number + unit + Suffix;

    private string PadCents(string number)
    {
        var dot = number.IndexOf('.');
        return Cents && dot >= 0 && number.Length - dot - 1 == 1 ? number + "0" : number;
    }

    private (double Divisor, string Unit) UnitFor(double magnitude)
    {
        if (!Compact || magnitude < 1e4)
            return (1, string.Empty);
        if (magnitude >= 1e9)
            return (1e9, "B");
        return magnitude >= 1e6 ? (1e6, "M") : (1e3, "k");
    }

    /// <summary>The fewest decimals (up to 8) that write <paramref name="step"/> exactly: 5 → 0, 2.5 → 1, 0.05 → 2.</summary>
    private static int DecimalsFor(double step)
    {
        if (step <= 0 || !double.IsFinite(step))
            return 0;
        for (var decimals = 0; decimals < 8; decimals++)
        {
            var scaled = step * Math.Pow(10, decimals);
            if (Math.Abs(scaled - Math.Round(scaled)) <= 1e-6 * Math.Max(1, scaled))
                return decimals;
        }
        return 8;
    }
}
