using SignalDashboard.Core.Alerts;
using SignalDashboard.Composition;

namespace SignalDashboard.Dashboard;

/// <summary>
/// Evaluates the stored alerts against the stored data now and keeps their states (see <c>AlertCheck</c>). A store
/// that cannot be used throws <see cref="StoreUnavailableException"/>.
/// </summary>
public interface IAlertChecker
{
    IReadOnlyList<AlertFiring> Check();
}
