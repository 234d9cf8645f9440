using System.Globalization;
using SignalDashboard.Composition;
using SignalDashboard.Core.Alerts;
using SignalDashboard.Presentation;
using SignalDashboard.Dashboard;

namespace SignalDashboard.Tui.Alerts;

/// <summary>
/// Where fired alerts go in the dashboard: the alert panel's lines (newest first), a status-bar flash, the terminal
/// bell (when configured) and the notify command, run off the UI thread with its failures added to the panel.
/// <see cref="CheckNow"/> is what a refresh calls after new data is stored.
/// </summary>
public sealed class AlertCenter(IAlertChecker? checker, AlertNotifier? notifier, Action? bell, Action<Action> onUiThread)
{
    private const int Kept = 50;
    private readonly List<string> _lines = [];

    /// <summary>Set by the shell: shows a message in the status bar.</summary>
    public Action<string>? Flash { get; set; }

    /// <summary>Raised on the UI thread when <see cref="Lines"/> changed.</summary>
    public event Action? Changed;

    public IReadOnlyList<string> Lines => _lines;

    /// <summary>Evaluates the alerts now (each refresh calls this) and shows those that fire.</summary>
    public IReadOnlyList<AlertFiring> CheckNow()
    {
        if (checker is null) return [];
        IReadOnlyList<AlertFiring> fired;
        try
        {
            fired = checker.Check();
        }
        catch (Exception e) when (e is IOException or StoreUnavailableException or InvalidDataException)
        {
            Add($"alerts not checked: {e.Message}");
            return [];
        }
        Show(fired);
        return fired;
    }

    /// <summary>As <see cref="CheckNow"/>, with the store read and the evaluation done off the UI thread.</summary>
    public void CheckInBackground()
    {
        if (checker is null) return;
        Task.Run(checker.Check).ContinueWith(t => onUiThread(() =>
        {
            if (t.IsCompletedSuccessfully) Show(t.Result);
            else Add($"alerts not checked: {t.Exception?.InnerException?.Message}");
        }), TaskScheduler.Default);
    }

    public void Show(IReadOnlyList<AlertFiring> fired)
    {
        if (fired.Count == 0) return;
        foreach (var firing in fired)
        {
            Add($"{firing.Time.UtcDateTime.ToString("MM-dd HH:mm", CultureInfo.InvariantCulture)}  {firing.Message}");
            if (notifier is { IsConfigured: true })
                Task.Run(() => notifier.Notify(firing)).ContinueWith(t =>
                {
                    if (t.Result is { } problem) onUiThread(() => Add(problem));
                }, TaskScheduler.Default);
        }
        Flash?.Invoke(fired.Count == 1 ? $"ALERT {fired[0].Message}" : $"{fired.Count} ALERTS, newest: {fired[^1].Message}");
        bell?.Invoke();
    }

    private void Add(string line)
    {
        _lines.Insert(0, TerminalText.Sanitize(line));
        if (_lines.Count > Kept) _lines.RemoveAt(_lines.Count - 1);
        Changed?.Invoke();
    }
}
