using SignalDashboard.Core.Alerts;

namespace SignalDashboard.Tui.Alerts;

/// <summary>Evaluates the stored alerts against the stored data now and keeps their states (see <c>AlertCheck</c>).</summary>
public interface IAlertChecker
{
    IReadOnlyList<AlertFiring> Check();
}
