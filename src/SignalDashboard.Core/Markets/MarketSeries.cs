namespace SignalDashboard.Core.Markets;

/// <summary>
/// Price and volume of one asset at one interval from one provider (or the demo generator), oldest first.
/// <see cref="Provider"/> is "demo" for generated data, which is always labelled DEMO where it is shown.
/// </summary>
public sealed record MarketSeries(string Asset, string Provider, BarInterval Interval, IReadOnlyList<MarketPoint> Points)
{
    public const string DemoProvider = "demo";

    public bool IsDemo => Provider == DemoProvider;
}
