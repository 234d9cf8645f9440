using SignalDashboard.Core.Json;

namespace SignalDashboard.Feeds.Catalogs;

/// <summary>A catalog source definition file that is wrong: the message names the file, the JSON path and the reason.</summary>
public sealed class CatalogSourceException(string file, string where, string reason)
    : Exception($"{file}: {where}: {reason}"), IJsonError<CatalogSourceException>
{
    public string File { get; } = file;
    public string Where { get; } = where;
    public string Reason { get; } = reason;

    public static CatalogSourceException At(string origin, string position, string reason) => new(origin, position, reason);
}
