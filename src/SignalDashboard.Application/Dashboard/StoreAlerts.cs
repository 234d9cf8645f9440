using SignalDashboard.Composition;
using SignalDashboard.Core.Alerts;

namespace SignalDashboard.Dashboard;

/// <summary>The dashboard's alert evaluation: a <see cref="ShortSession"/> that reads the data now stored, evaluates and saves the states.</summary>
public sealed class StoreAlerts(RunContext context, Func<StoreSession> open) : IAlertChecker
{
    public IReadOnlyList<AlertFiring> Check() => ShortSession.Use(open, session => AlertCheck.Run(session, WatchData.Load(context, session), context.Time));
}
