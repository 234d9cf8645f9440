using SignalDashboard.Core.Alerts;
using SignalDashboard.Composition;

namespace SignalDashboard.Dashboard;

/// <summary>The dashboard's alert evaluation: a short store session that reads the data now stored, evaluates and saves the states.</summary>
public sealed class StoreAlerts(RunContext context, Func<StoreSession> open) : IAlertChecker
{
    public IReadOnlyList<AlertFiring> Check()
    {
        using var session = open();
        return AlertCheck.Run(session, WatchData.Load(context, session), context.Time);
    }
}
