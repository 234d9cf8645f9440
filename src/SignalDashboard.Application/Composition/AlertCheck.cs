using SignalDashboard.Core.Alerts;
using SignalDashboard.Presentation.Watchlists;

namespace SignalDashboard.Composition;

/// <summary>
/// One evaluation of every stored alert against the data now in the store, its states saved back so that an alert
/// fires once per crossing across refreshes, commands and restarts. Called by <c>sigdash alerts check</c>, at
/// dashboard start-up and after each refresh of the dashboard.
/// </summary>
public static class AlertCheck
{
    public static IReadOnlyList<AlertFiring> Run(StoreSession session, WatchUniverse universe, TimeProvider time)
    {
        var rules = session.Alerts.List();
        if (rules.Count == 0) return [];
        var evaluation = new AlertEvaluator(time).Evaluate(rules, session.Alerts.States(), universe.Observe);
        session.Alerts.SaveStates(evaluation.States);
        return evaluation.Fired;
    }
}
