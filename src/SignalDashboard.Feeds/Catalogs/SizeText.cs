using System.Globalization;

namespace SignalDashboard.Feeds.Catalogs;

/// <summary>Sizes for messages, in MB of 1,048,576 bytes.</summary>
internal static class SizeText
{
    public static string Megabytes(long bytes) =>
        (bytes / (double)CatalogSource.Megabyte).ToString("0.##", CultureInfo.InvariantCulture) + " MB";

    public static string Bytes(long bytes) => bytes.ToString("N0", CultureInfo.InvariantCulture) + " bytes";
}
