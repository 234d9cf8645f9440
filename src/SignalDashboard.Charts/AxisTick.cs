namespace SignalDashboard.Charts;

/// <summary>A labelled position on an axis.</summary>
internal readonly record struct AxisTick(double Value, string Label);
