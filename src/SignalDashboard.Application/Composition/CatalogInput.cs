using SignalDashboard.Core.Catalog.Import;

namespace SignalDashboard.Composition;

/// <summary>Reads a catalog file for the import commands, with errors that name the file.</summary>
public static class CatalogInput
{
    /// <summary>Files above this size are refused before reading (the largest real catalog is ~1.5 MB).</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    public sealed record Text(string Content, string Origin);

    public static Text ReadFile(string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
            throw new CatalogImportException(path, "file", "is a folder, not a catalog file");
        try
        {
            return new Text(System.Text.Encoding.UTF8.GetString(UserFile.ReadAll(full, MaxBytes)), path);
        }
        catch (UserFileException e)
        {
            throw new CatalogImportException(path, "file", e.Reason.StartsWith("larger than", StringComparison.Ordinal) ? $"{e.Reason}; not a catalog" : e.Reason);
        }
    }

    /// <summary>
    /// The one snapshot a file gives for <paramref name="day"/>: the file's own snapshot, or — for a file that holds
    /// a price history (llm-prices) — the newest snapshot on or before that day (the oldest if all are later).
    /// </summary>
    public static SourceSnapshot SnapshotOn(Text input, CatalogFormat? format, DateOnly day)
    {
        var snapshots = CatalogImporter.Read(input.Content, format, day, input.Origin);
        return snapshots.Where(s => s.AsOf <= day).MaxBy(s => s.AsOf) ?? snapshots.MinBy(s => s.AsOf)
            ?? throw new CatalogImportException(input.Origin, "file", "holds no prices");
    }
}
