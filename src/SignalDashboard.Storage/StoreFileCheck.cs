using System.Text;

namespace SignalDashboard.Storage;

/// <summary>
/// Looks at an existing file with plain reads before LiteDB may touch it. This matters: LiteDB 5 "repairs" a
/// file it opens, even read-only: it truncates a file whose length is not a whole number of pages (a text file
/// becomes 0 bytes, random bytes are cut to a page boundary) and tries to write a fresh header into a short one.
/// </summary>
internal static class StoreFileCheck
{
    /// <summary>LiteDB 5 page size; a data file is always a whole number of pages.</summary>
    public const int PageSize = 8192;

    /// <summary>LiteDB 5 writes this at <see cref="HeaderOffset"/> of page 0 (checked on a real file).</summary>
    public static readonly byte[] HeaderText = Encoding.ASCII.GetBytes("** This is a LiteDB file **");

    public const int HeaderOffset = 32;

    /// <summary>The byte after the header text: the data file format, 8 for LiteDB 5.</summary>
    public const int FileVersionOffset = HeaderOffset + 27;

    public const byte FileVersion = 8;

    /// <summary>What the file at <paramref name="path"/> is, without writing to it.</summary>
    public static StoreFileState Inspect(string path)
    {
        if (Directory.Exists(path))
            throw new StoreException(path, "is a folder, not a store file");
        if (!File.Exists(path))
            return StoreFileState.Missing;
        // Before any open: a named pipe would wait for a writer forever, a device (/dev/zero, /dev/null) never ends.
        if (FileKind.NotARegularFile(path) is { } notAFile)
            throw new StoreException(path, $"{notAFile}; a store is a file, and this was left untouched");

        var head = new byte[FileVersionOffset + 1];
        long length;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            length = stream.Length;
            if (length == 0)
                return StoreFileState.Empty;
            stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreException(path, $"cannot be read ({e.Message})", e);
        }

        if (length < head.Length || !head.AsSpan(HeaderOffset, HeaderText.Length).SequenceEqual(HeaderText))
            throw new StoreException(path, "is not a sigdash store (not a LiteDB file); it was left untouched");
        if (head[FileVersionOffset] != FileVersion)
            throw new StoreException(path, $"is a LiteDB file of format {head[FileVersionOffset]}, not LiteDB 5 (format {FileVersion}); it was left untouched");
        if (length % PageSize != 0)
            throw new StoreException(path, $"is damaged: {length} bytes is not a whole number of {PageSize}-byte pages; it was left untouched");
        return StoreFileState.LiteDb;
    }
}

/// <summary>The kinds of file <see cref="StoreFileCheck"/> lets through.</summary>
internal enum StoreFileState
{
    Missing,
    /// <summary>0 bytes: nothing to lose, so it becomes a new store (as when <c>mktemp</c> made the path).</summary>
    Empty,
    LiteDb,
}
