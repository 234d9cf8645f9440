namespace SignalDashboard.Core.Analytics.Decline;

/// <summary>
/// OLS of log price on days since the first point, on centred data (two passes, as in the elasticity estimator),
/// with two ways to get the slope's standard error.
/// </summary>
internal readonly struct LogLine
{
    private readonly double[] _t;
    private readonly double[] _residuals;
    private readonly double _stt;

    private LogLine(double slope, double[] t, double[] residuals, double stt)
    {
        Slope = slope;
        _t = t;
        _residuals = residuals;
        _stt = stt;
    }

    public double Slope { get; }

    /// <summary>The fit, or null when every point is on one day.</summary>
    public static LogLine? Fit(IReadOnlyList<IndexPoint> points)
    {
        var n = points.Count;
        var t = new double[n];
        var y = new double[n];
        double meanT = 0, meanY = 0;
        var first = points[0].Day.DayNumber;
        for (var i = 0; i < n; i++)
        {
            t[i] = points[i].Day.DayNumber - first;
            y[i] = Math.Log(points[i].Price);
            meanT += t[i];
            meanY += y[i];
        }
        meanT /= n; meanY /= n;
        double stt = 0, sty = 0;
        for (var i = 0; i < n; i++)
        {
            t[i] -= meanT;
            y[i] -= meanY;
            stt += t[i] * t[i];
            sty += t[i] * y[i];
        }
        if (stt <= 0) return null;
        var slope = sty / stt;
        var residuals = new double[n];
        for (var i = 0; i < n; i++) residuals[i] = y[i] - slope * t[i];
        return new LogLine(slope, t, residuals, stt);
    }

    /// <summary>The textbook standard error: residual variance over n − 2 degrees of freedom, independent errors.</summary>
    public (double Slope, double Se, double Df) Classical()
    {
        var df = _residuals.Length - 2;
        var sse = _residuals.Sum(r => r * r);
        return (Slope, Math.Sqrt(sse / df / _stt), df);
    }

    /// <summary>
    /// The equal-weighted cosine (EWC) standard error: the long-run variance of zₜ = tₜ·uₜ estimated from its
    /// projections on the first ν cosines, ν = ⌊0.4·n^(2/3)⌋ (at least 1), and ν degrees of freedom for the t
    /// quantile. Var(b) = n·Ω / Stt², since b − β = Σ zₜ / Stt.
    /// </summary>
    public (double Slope, double Se, double Df) EqualWeightedCosine()
    {
        var n = _residuals.Length;
        var nu = Math.Max(1, (int)Math.Floor(0.4 * Math.Pow(n, 2.0 / 3.0)));
        double omega = 0;
        for (var j = 1; j <= nu; j++)
        {
            double lambda = 0;
            for (var i = 0; i < n; i++) lambda += _t[i] * _residuals[i] * Math.Cos(Math.PI * j * (i + 0.5) / n);
            lambda *= Math.Sqrt(2.0 / n);
            omega += lambda * lambda;
        }
        omega /= nu;
        return (Slope, Math.Sqrt(n * omega) / _stt, nu);
    }
}
