namespace SignalDashboard.Storage;

/// <summary>
/// Keeps a second sigdash (another process, or another <see cref="SignalStore"/> in this one) off a store.
/// LiteDB's Direct mode does not: on Linux .NET turns its FileShare.Read into a shared advisory lock, so two
/// writers open the same file, each with its own cache, and silently lose each other's writes (seen in a test).
/// This holds <c>&lt;store&gt;.lock</c> open with FileShare.None, which is an exclusive lock per open file on
/// every OS (flock on Unix, a share mode on Windows) and is released by the OS if the process dies.
/// The lock file stays after the store is closed (deleting it would let a third process race for an
/// unlinked file); it is removed only when this open created it and then failed.
/// </summary>
internal sealed class StoreLock : IDisposable
{
    private readonly FileStream _handle;
    private readonly bool _created;

    private StoreLock(string path, FileStream handle, bool created)
    {
        Path = path;
        _handle = handle;
        _created = created;
    }

    public string Path { get; }

    public static StoreLock Acquire(string storePath)
    {
        var path = storePath + ".lock";
        var existed = File.Exists(path);
        try
        {
            var handle = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return new StoreLock(path, handle, created: !existed);
        }
        catch (IOException e) when (File.Exists(path) && e is not FileNotFoundException and not DirectoryNotFoundException)
        {
            // A sharing violation: Windows reports ERROR_SHARING_VIOLATION, Unix a failed flock (EWOULDBLOCK).
            throw new StoreException(storePath, $"the store is in use by another sigdash (it holds {System.IO.Path.GetFileName(path)})", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreException(storePath, $"cannot create its lock file {path} ({e.Message})", e);
        }
    }

    /// <summary>Releases the lock and deletes the lock file if this open created it (a failed first open).</summary>
    public void Abandon()
    {
        // Unix: unlink while still holding the lock, so nobody locks the file we are about to remove.
        // Windows: a file open with FileShare.None cannot be deleted, so close first.
        if (OperatingSystem.IsWindows()) Dispose();
        if (_created)
        {
            try { File.Delete(Path); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* best effort: the lock file is harmless */ }
        }
        Dispose();
    }

    public void Dispose() => _handle.Dispose();
}
