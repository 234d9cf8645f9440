namespace SignalDashboard.Storage;

/// <summary>
/// A store that cannot be opened or written: the message is one line that names the file and the reason,
/// fit to show the user as is.
/// </summary>
public sealed class StoreException : Exception
{
    public StoreException(string path, string reason, Exception? inner = null)
        : base($"{path}: {reason}", inner)
    {
        Path = path;
        Reason = reason;
    }

    /// <summary>The store file.</summary>
    public string Path { get; }

    /// <summary>What is wrong, without the path.</summary>
    public string Reason { get; }
}
