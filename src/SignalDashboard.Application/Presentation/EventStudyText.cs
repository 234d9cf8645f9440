using SignalDashboard.Core.Analytics;
using SignalDashboard.Core.Markets;

namespace SignalDashboard.Presentation;

/// <summary>The event study of one event as lines for the Events detail pane: one line per market asset. Pure.</summary>
public static class EventStudyText
{
    public static IReadOnlyList<string> Lines(DateOnly eventDay, IReadOnlyList<MarketSeries> dailySeries, int k = EventStudy.DefaultWindow)
    {
        if (dailySeries.Count == 0) return [];
        var rows = EventStudyRows.Study([new StudiedEvent(eventDay, "", "")], dailySeries, k);
        var demo = rows.Any(r => r.Demo) ? " · DEMO market data" : "";
        var lines = new List<string> { $"Event study: CAR over ±{k} days vs the mean daily return of the 30 days before{demo}" };
        lines.AddRange(rows.Select(r => r.Result.Car is { } car
            ? $"  {r.Asset,-7} CAR {ElasticityText.Percent(car),7}  pre {ElasticityText.Percent(r.Result.PreMean!.Value),6}/day  return {ElasticityText.Percent(r.Result.CumulativeReturn!.Value),7}  {r.Result.Days} days{(r.Demo ? "  DEMO" : "")}"
            : $"  {r.Asset,-7} n/a: {r.Result.Reason}"));
        return lines.Select(TerminalText.Sanitize).ToList();
    }
}
