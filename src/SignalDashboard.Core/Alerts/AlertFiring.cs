namespace SignalDashboard.Core.Alerts;

/// <summary>An alert that fired: the rule, when, the value that crossed, and a one-line message (DEMO-marked for demo data).</summary>
public sealed record AlertFiring(AlertRule Rule, DateTimeOffset Time, decimal? Value, string Message, bool IsDemo);
