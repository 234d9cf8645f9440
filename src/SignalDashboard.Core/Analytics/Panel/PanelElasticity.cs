namespace SignalDashboard.Core.Analytics.Panel;

/// <summary>
/// The elasticity across many models at once (docs/ANALYTICS.md, "Panel elasticity"): log tokens = ε·log price +
/// αₘ (one per model) + δₜ (one per period) + error, by OLS. The model effects take out everything fixed about a
/// model — its quality, its niche, its typical price — so ε rests only on a model's price moving while it is in the
/// data; the period effects take out whatever moves every model together (the market's growth, a holiday week).
/// </summary>
/// <remarks>
/// The two sets of effects are removed by alternating projections (subtract model means, then period means, until
/// nothing changes), which by the Frisch–Waugh–Lovell theorem gives the same ε as the regression with a dummy for
/// every model and period, without building it. A model's weeks are not independent draws, so the standard error is
/// clustered by model. The interval uses the model jackknife (CV3: ε re-estimated without each model in turn,
/// V = (G−1)/G·Σ(ε₋ₘ − ε)²) with t at G − 1 degrees of freedom, as MacKinnon, Nielsen and Webb (2023) recommend:
/// price changes come as a few steps per model, and with the identifying variation that concentrated the plain
/// sandwich (CV1, with G/(G−1)·(N−1)/(N−K), K = 1 + periods − 1, also reported) covered only 91–94% in our
/// synthetic panels, the jackknife about 95% (docs/ANALYTICS.md).
/// </remarks>
public static class PanelElasticity
{
    /// <summary>|Δ log price| below which a model's price did not change (rounding of one decimal price's logarithm).</summary>
    public const double SamePrice = 1e-12;

    /// <summary>A projection sweep that moves no value by more than this (relative to the data's spread) has converged.</summary>
    public const double ConvergenceTolerance = 1e-13;

    /// <summary>Sweeps before giving up; a connected panel of this app's size needs far fewer.</summary>
    public const int MaxSweeps = 100_000;

    /// <summary>
    /// Share of log price's within-model variance left after the period effects below which the price changes are
    /// the period effects (every model changed together), so ε cannot be told from them.
    /// </summary>
    public const double AbsorbedShare = 1e-10;

    /// <summary>Below this many models with a price change the result carries a note that the interval is less reliable.</summary>
    public const int FewModels = 10;

    public static PanelResult Estimate(IReadOnlyList<PanelObservation> observations)
    {
        var notes = new List<string>();
        var clean = Clean(observations, notes, out var duplicate);
        PanelResult NotEstimable(string reason, List<PanelObservation> data, int changed = 0) => new(null, reason, data.Count,
            data.Select(o => o.Model).Distinct().Count(), changed,
            data.Count > 0 ? data.Min(o => o.Period) : null, data.Count > 0 ? data.Max(o => o.Period) : null, notes);

        if (duplicate is { } d) return NotEstimable($"model {d.Model} appears twice in the period {d.Period:yyyy-MM-dd}", clean);
        if (clean.Count == 0) return NotEstimable("no observations with a positive price and positive tokens", clean);

        var singles = clean.GroupBy(o => o.Model, StringComparer.Ordinal).Where(g => g.Count() == 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        if (singles.Count > 0)
        {
            clean = clean.Where(o => !singles.Contains(o.Model)).ToList();
            notes.Add($"{singles.Count} model(s) seen in one period only left out (a model effect absorbs a single observation)");
        }

        var changed = clean.GroupBy(o => o.Model, StringComparer.Ordinal)
            .Where(g => g.Max(o => Math.Log(o.Price)) - g.Min(o => Math.Log(o.Price)) > SamePrice)
            .Select(g => g.Key).Order(StringComparer.Ordinal).ToList();
        if (changed.Count == 0) return NotEstimable("no model changed price while in the sample", clean);
        if (changed.Count == 1)
            return NotEstimable($"only one model ({changed[0]}) changed price while in the sample; a model-clustered interval needs at least two", clean, 1);

        var models = Index(clean.Select(o => o.Model), StringComparer.Ordinal);
        var periods = Index(clean.Select(o => o.Period.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), StringComparer.Ordinal);
        var n = clean.Count;
        var g = models.Count;
        var t = periods.Count;
        var k = 1 + (t - 1);
        if (n - k <= 0) return NotEstimable($"too few observations ({n}) for {t} period effects and ε", clean, changed.Count);

        var model = clean.Select(o => models[o.Model]).ToArray();
        var period = clean.Select(o => periods[o.Period.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)]).ToArray();
        var logPrice = clean.Select(o => Math.Log(o.Price)).ToArray();
        var logTokens = clean.Select(o => Math.Log(o.Tokens)).ToArray();

        var (full, reason) = Within(logPrice, logTokens, model, g, period, t, exclude: -1);
        if (full is not { } fit) return NotEstimable(reason!, clean, changed.Count);

        // CV1: the sandwich with the usual small-sample factor.
        var scores = new double[g];
        for (var i = 0; i < fit.X.Length; i++) scores[model[i]] += fit.X[i] * (fit.Y[i] - fit.Epsilon * fit.X[i]);
        var correction = g / (g - 1.0) * ((n - 1.0) / (n - k));
        var sandwich = Math.Sqrt(correction * scores.Sum(s => s * s)) / fit.Sxx;

        // CV3: the jackknife over models, ε re-estimated without each model in turn.
        var jackknife = 0.0;
        var names = models.Keys.ToList();
        for (var left = 0; left < g; left++)
        {
            // Started from the full sample's demeaned values: they differ from the raw ones by model and period effects,
            // which the projections remove anyway, so the result is the same and only the left-out model's pull on the
            // period effects is left to settle (a few sweeps fewer).
            var (without, why) = Within(fit.X, fit.Y, model, g, period, t, exclude: left, raw: logPrice);
            if (without is not { } w)
                return NotEstimable($"the model-jackknife interval needs ε without each model, and without {names[left]} {why}", clean, changed.Count);
            jackknife += (w.Epsilon - fit.Epsilon) * (w.Epsilon - fit.Epsilon);
        }
        var se = Math.Sqrt((g - 1.0) / g * jackknife);

        var critical = StudentT.Critical95(g - 1);
        var (from, to) = (clean.Min(o => o.Period), clean.Max(o => o.Period));
        var (low, high) = (fit.Epsilon - critical * se, fit.Epsilon + critical * se);
        if (!double.IsFinite(fit.Epsilon) || !double.IsFinite(low) || !double.IsFinite(high) || !double.IsFinite(sandwich))
            return NotEstimable("the estimate is not a finite number (values beyond double's range)", clean, changed.Count);
        if (changed.Count < FewModels)
            notes.Add($"only {changed.Count} models changed price: with so few the interval is too narrow (about 89–92% coverage with 2–5 in synthetic panels; docs/ANALYTICS.md)");
        return new PanelResult(
            new PanelEstimate(fit.Epsilon, se, low, high, sandwich, g, changed.Count, t, n, from, to),
            null, n, g, changed.Count, from, to, notes);
    }

    private readonly record struct WithinFit(double Epsilon, double Sxx, double[] X, double[] Y);

    /// <summary>
    /// ε from the rows not of model <paramref name="exclude"/> (−1: all rows): both sets of means removed from log
    /// price and log tokens, then the slope through the origin. X and Y are the demeaned values. <paramref name="raw"/>
    /// is log price before demeaning, when <paramref name="logPrice"/> is already demeaned (for the absorbed check).
    /// </summary>
    private static (WithinFit? Fit, string? Reason) Within(double[] logPrice, double[] logTokens, int[] model, int models, int[] period, int periods,
        int exclude, double[]? raw = null)
    {
        var rows = Enumerable.Range(0, model.Length).Where(i => model[i] != exclude).ToArray();
        var x = rows.Select(i => logPrice[i]).ToArray();
        var y = rows.Select(i => logTokens[i]).ToArray();
        var m = rows.Select(i => model[i]).ToArray();
        var p = rows.Select(i => period[i]).ToArray();
        var withinModelX = WithinSumOfSquares(raw is null ? x : rows.Select(i => raw[i]).ToArray(), m, models);
        if (!(withinModelX > 0)) return (null, "no model changed price");
        if (!Demean(x, m, models, p, periods) || !Demean(y, m, models, p, periods))
            return (null, $"the model and period effects did not settle within {MaxSweeps} sweeps");
        double sxx = 0, sxy = 0;
        for (var i = 0; i < x.Length; i++) { sxx += x[i] * x[i]; sxy += x[i] * y[i]; }
        if (sxx <= AbsorbedShare * withinModelX)
            return (null, "every price change is explained by the period effects (the models that changed price all moved together)");
        return (new WithinFit(sxy / sxx, sxx, x, y), null);
    }

    /// <summary>Observations with a positive, finite price and tokens; the rest counted in the notes.</summary>
    private static List<PanelObservation> Clean(IReadOnlyList<PanelObservation> observations, List<string> notes, out PanelObservation? duplicate)
    {
        duplicate = null;
        var clean = new List<PanelObservation>(observations.Count);
        int badPrice = 0, badTokens = 0;
        var seen = new HashSet<(string, DateOnly)>();
        foreach (var o in observations)
        {
            if (!(o.Price > 0) || double.IsInfinity(o.Price)) { badPrice++; continue; }
            if (!(o.Tokens > 0) || double.IsInfinity(o.Tokens)) { badTokens++; continue; }
            if (!seen.Add((o.Model ?? "", o.Period))) { duplicate ??= o; continue; }
            clean.Add(o with { Model = o.Model ?? "" });
        }
        if (badPrice > 0) notes.Add($"{badPrice} observation(s) with a zero, negative or non-finite price left out (a free model has no logarithm)");
        if (badTokens > 0) notes.Add($"{badTokens} observation(s) with zero, negative or non-finite tokens left out");
        return clean;
    }

    private static Dictionary<string, int> Index(IEnumerable<string> keys, StringComparer comparer)
    {
        var index = new Dictionary<string, int>(comparer);
        foreach (var key in keys.Distinct(comparer).Order(comparer)) index[key] = index.Count;
        return index;
    }

    private static double WithinSumOfSquares(double[] values, int[] group, int groups)
    {
        var (sum, count) = (new double[groups], new int[groups]);
        for (var i = 0; i < values.Length; i++) { sum[group[i]] += values[i]; count[group[i]]++; }
        double ss = 0;
        for (var i = 0; i < values.Length; i++) { var d = values[i] - sum[group[i]] / count[group[i]]; ss += d * d; }
        return ss;
    }

    /// <summary>Removes both sets of means in place; false when the sweeps do not converge.</summary>
    private static bool Demean(double[] values, int[] model, int models, int[] period, int periods)
    {
        var scale = 1.0;
        foreach (var v in values) scale = Math.Max(scale, Math.Abs(v));
        var (sum, count) = (new double[Math.Max(models, periods)], new int[Math.Max(models, periods)]);
        for (var sweep = 0; sweep < MaxSweeps; sweep++)
        {
            var moved = Subtract(values, model, models, sum, count);
            moved = Math.Max(moved, Subtract(values, period, periods, sum, count));
            if (moved <= ConvergenceTolerance * scale) return true;
        }
        return false;
    }

    /// <summary>Subtracts each group's mean; returns the largest mean subtracted.</summary>
    private static double Subtract(double[] values, int[] group, int groups, double[] sum, int[] count)
    {
        Array.Clear(sum, 0, groups);
        Array.Clear(count, 0, groups);
        for (var i = 0; i < values.Length; i++) { sum[group[i]] += values[i]; count[group[i]]++; }
        var largest = 0.0;
        for (var j = 0; j < groups; j++)
        {
            if (count[j] == 0) continue;
            sum[j] /= count[j];
            largest = Math.Max(largest, Math.Abs(sum[j]));
        }
        for (var i = 0; i < values.Length; i++) values[i] -= sum[group[i]];
        return largest;
    }
}
