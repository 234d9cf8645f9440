namespace SignalDashboard.Core.Alerts;

/// <summary>
/// Whether a threshold alert's condition holds on the points known now, the value it looked at and a phrase for the
/// message; null when the points cannot say (no price, no bar at the start of the window, no volume baseline).
/// </summary>
internal static class AlertConditions
{
    public static (bool Holds, decimal Value, string What)? Read(AlertRule rule, IReadOnlyList<ObservedPoint> points, DateTimeOffset now)
    {
        if (points.Count == 0 || rule.Threshold is not { } threshold) return null;
        var latest = points[^1];
        switch (rule.Kind)
        {
            case AlertKind.PriceAbove:
                return (latest.Price > threshold, latest.Price, $"price {AlertText.Number(latest.Price)} is above {AlertText.Number(threshold)}");
            case AlertKind.PriceBelow:
                return (latest.Price < threshold, latest.Price, $"price {AlertText.Number(latest.Price)} is below {AlertText.Number(threshold)}");
            case AlertKind.Change:
            {
                var window = rule.EffectiveWindow;
                var start = points.LastOrDefault(p => p.Time <= now - window);
                if (start == default || start.Price == 0) return null;
                var change = (latest.Price - start.Price) / start.Price * 100m;
                return (Math.Abs(change) >= threshold, change,
                    $"moved {AlertText.Percent(change)} over {AlertText.Window(window)} (alert at {AlertText.Number(threshold)}%)");
            }
            case AlertKind.VolumeSpike:
            {
                if (latest.Volume is not { } volume) return null;
                var from = latest.Time - rule.EffectiveWindow;
                var before = points.Take(points.Count - 1).Where(p => p.Time >= from && p.Volume is not null).Select(p => p.Volume!.Value).ToList();
                if (before.Count == 0) return null;
                var mean = before.Average();
                if (mean <= 0) return null;
                var factor = volume / mean;
                return (factor >= threshold, factor,
                    $"volume {Math.Round(factor, 2)}x its {AlertText.Window(rule.EffectiveWindow)} mean (alert at {AlertText.Number(threshold)}x)");
            }
            default:
                return null;
        }
    }
}
