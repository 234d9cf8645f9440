namespace SignalDashboard.Core.Usage;

/// <summary>A usage file or response that breaks its format; the message names the file, the line and the reason.</summary>
public sealed class UsageFormatException(string origin, int? line, string reason)
    : Exception(line is { } l ? $"{origin}: line {l}: {reason}" : $"{origin}: {reason}")
{
    public string Origin { get; } = origin;
    public int? Line { get; } = line;
    public string Reason { get; } = reason;
}
