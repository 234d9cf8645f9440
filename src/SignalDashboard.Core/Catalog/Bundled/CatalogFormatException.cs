using SignalDashboard.Core.Json;

namespace SignalDashboard.Core.Catalog.Bundled;

/// <summary>A catalog file that does not follow the format; the message names the file, the place and the reason.</summary>
public sealed class CatalogFormatException(string file, string where, string reason)
    : Exception($"{file}: {where}: {reason}"), IJsonError<CatalogFormatException>
{
    public string File { get; } = file;
    public string Where { get; } = where;
    public string Reason { get; } = reason;

    public static CatalogFormatException At(string origin, string position, string reason) => new(origin, position, reason);
}
