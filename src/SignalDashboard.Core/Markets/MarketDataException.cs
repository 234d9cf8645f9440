using SignalDashboard.Core.Json;

namespace SignalDashboard.Core.Markets;

/// <summary>
/// Market data or a market definition file that cannot be read: the message names the origin (file, URL or
/// provider), the position (line, row or JSON path) and the reason. Nothing is half-read when it is thrown.
/// </summary>
public sealed class MarketDataException(string origin, string position, string reason)
    : Exception($"{origin}: {position}: {reason}"), IJsonError<MarketDataException>
{
    public string Origin { get; } = origin;
    public string Position { get; } = position;
    public string Reason { get; } = reason;

    public static MarketDataException At(string origin, string position, string reason) => new(origin, position, reason);
}
