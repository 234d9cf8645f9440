using SignalDashboard.Storage;

namespace SignalDashboard.Composition;

/// <summary>
/// A file the user names on the command line or in the dashboard, read whole: only a regular file (a named pipe would
/// wait forever and <c>/dev/zero</c> never ends, yet both have a length of 0), and at most a given size — checked
/// before the read and again while reading, so a file that grows cannot take the memory. Every refusal is a
/// <see cref="UserFileException"/> (an <see cref="IOException"/>: the CLI prints it as one line, exit 1).
/// </summary>
public static class UserFile
{
    /// <exception cref="UserFileException">Not a regular file, unreadable, or larger than <paramref name="maxBytes"/>.</exception>
    public static byte[] ReadAll(string path, long maxBytes)
    {
        if (FileKind.NotARegularFile(path) is { } problem)
            throw new UserFileException(path, problem);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            if (stream.Length > maxBytes)
                throw new UserFileException(path, TooLarge(maxBytes));
            var buffer = new MemoryStream((int)Math.Max(0, stream.Length));
            var chunk = new byte[1 << 16];
            int read;
            while ((read = stream.Read(chunk)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                    throw new UserFileException(path, TooLarge(maxBytes));
                buffer.Write(chunk, 0, read);
            }
            return buffer.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && e is not UserFileException)
        {
            throw new UserFileException(path, $"cannot be read ({e.Message})", e);
        }
    }

    private static string TooLarge(long maxBytes) =>
        maxBytes >= 1024 * 1024 ? $"larger than {maxBytes / 1024 / 1024} MB" : $"larger than {maxBytes} bytes";
}

/// <summary>A file the user named that cannot be read whole: the message names it and says why.</summary>
public sealed class UserFileException(string path, string reason, Exception? inner = null) : IOException($"{path}: {reason}", inner)
{
    public string Path { get; } = path;
    public string Reason { get; } = reason;
}
