namespace SignalDashboard.Core.Analytics.Panel;

/// <summary>One model in one period: its price per token (USD per 1M, one consistent mix) and the tokens it served.</summary>
public readonly record struct PanelObservation(string Model, DateOnly Period, double Price, double Tokens);
