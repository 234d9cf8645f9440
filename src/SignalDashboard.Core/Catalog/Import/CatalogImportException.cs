using SignalDashboard.Core.Json;

namespace SignalDashboard.Core.Catalog.Import;

/// <summary>
/// A catalog file or download that cannot be read: the message names the file or URL, the position (line, or
/// JSON path) and the reason. Nothing is imported when it is thrown.
/// </summary>
public sealed class CatalogImportException(string origin, string position, string reason)
    : Exception($"{origin}: {position}: {reason}"), IJsonError<CatalogImportException>
{
    public string Origin { get; } = origin;
    public string Position { get; } = position;
    public string Reason { get; } = reason;

    public static CatalogImportException At(string origin, string position, string reason) => new(origin, position, reason);
}
