using LiteDB;

namespace SignalDashboard.Storage;

/// <summary>
/// The LiteDB file that holds everything sigdash keeps (docs/ARCHITECTURE.md, Glossary: Store). Opening never harms a file that is not
/// ours: the file is checked with plain reads, then with a read-only LiteDB open (schema version), and only
/// then opened for writing; every refusal is a <see cref="StoreException"/> and leaves the file as it was.
/// <para>
/// A 0-byte file is taken as a new store (nothing to lose; <c>mktemp</c> makes such paths). The folder is
/// created if missing.
/// </para>
/// <para>
/// Concurrency: one sigdash per store. LiteDB's <c>Connection=Direct</c> keeps the file open with its own
/// page cache and, on Linux, does not stop a second writer (two writers in one process or two processes both
/// open and silently diverge), so <see cref="StoreLock"/> holds <c>&lt;store&gt;.lock</c>: a second
/// <see cref="Open"/> of the same file, in this process or another, fails at once with "the store is in use by
/// another sigdash". Within one store, LiteDB is thread-safe.
/// </para>
/// </summary>
public sealed class SignalStore : IDisposable
{
    /// <summary>
    /// The schema this build reads and writes; a store with a newer one is refused. 2: a snapshot may be stored as a
    /// delta over another (<see cref="SnapshotBson"/>), which a schema-1 sigdash would misread. A schema-1 store is
    /// upgraded when opened for writing: its documents are all valid schema 2, only the record changes.
    /// </summary>
    public const int CurrentSchemaVersion = 2;

    private readonly StoreLock _lock;
    private bool _disposed;

    private SignalStore(string path, LiteDatabase database, StoreLock storeLock, int schemaVersion, bool created, TimeProvider time)
    {
        Path = path;
        Database = database;
        _lock = storeLock;
        SchemaVersion = schemaVersion;
        Created = created;
        Time = time;
    }

    /// <summary>The absolute path of the store file.</summary>
    public string Path { get; }

    /// <summary>The schema version recorded in the store.</summary>
    public int SchemaVersion { get; }

    /// <summary>True when this open created the store (no file, a 0-byte file, or a never-initialised one).</summary>
    public bool Created { get; }

    /// <summary>True while the store has no models (a first run).</summary>
    public bool IsEmpty => Database.GetCollection(CatalogCollections.Models).Count() == 0;

    internal LiteDatabase Database { get; }

    internal TimeProvider Time { get; }

    /// <summary>Opens or creates the store at <paramref name="path"/>.</summary>
    /// <exception cref="StoreException">The file is not a sigdash store, is newer, damaged, unreadable or in use.</exception>
    public static SignalStore Open(string path, TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        var full = System.IO.Path.GetFullPath(path);

        // Plain reads first: LiteDB must never see a file we would refuse.
        var state = StoreFileCheck.Inspect(full);
        if (state == StoreFileState.Missing)
            CreateFolder(full);

        var storeLock = StoreLock.Acquire(full);
        try
        {
            state = StoreFileCheck.Inspect(full); // again, now that no other sigdash can be creating it
            var recorded = state == StoreFileState.LiteDb ? ReadSchemaReadOnly(full) : null;
            var (database, version) = OpenForWriting(full, state, recorded, time);
            return new SignalStore(full, database, storeLock, version, created: recorded is null, time);
        }
        catch
        {
            storeLock.Abandon();
            throw;
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one LiteDB transaction: committed when it returns, rolled back when it throws,
    /// so a failed change leaves the store as it was.
    /// </summary>
    public T InTransaction<T>(Func<T> work)
    {
        if (!Database.BeginTrans())
            throw new InvalidOperationException("A store transaction is already in progress on this thread.");
        try
        {
            var result = work();
            Database.Commit();
            return result;
        }
        catch
        {
            Database.Rollback();
            throw;
        }
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        Database.Dispose();
        _lock.Dispose();
    }

    private static void CreateFolder(string path)
    {
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreException(path, $"cannot create its folder ({e.Message})", e);
        }
    }

    /// <summary>The recorded schema version (null: not initialised), from a read-only open that writes nothing.</summary>
    private static int? ReadSchemaReadOnly(string path)
    {
        var log = LogPath(path);
        var logExisted = File.Exists(log);
        try
        {
            using var db = new LiteDatabase(Connection(path, readOnly: true));
            var version = SchemaRecord.Read(db, path);
            if (version > CurrentSchemaVersion)
                throw new StoreException(path, $"was written by a newer sigdash (schema {version}; this one reads up to {CurrentSchemaVersion}); it was left untouched");
            return version;
        }
        catch (Exception e) when (e is LiteException or IOException or UnauthorizedAccessException or InvalidCastException or NotSupportedException)
        {
            throw new StoreException(path, $"cannot be read as a sigdash store ({FirstLine(e.Message)}); it was left untouched", e);
        }
        finally
        {
            // LiteDB 5.0.21 leaves no log after a read-only open (checked by a test); keep it that way if it ever does.
            if (!logExisted && File.Exists(log))
                File.Delete(log);
        }
    }

    private static (LiteDatabase Database, int Version) OpenForWriting(string path, StoreFileState state, int? recorded, TimeProvider time)
    {
        LiteDatabase? db = null;
        try
        {
            db = new LiteDatabase(Connection(path, readOnly: false));
            if (recorded is { } version)
            {
                if (version < CurrentSchemaVersion)
                    SchemaRecord.Upgrade(db, CurrentSchemaVersion); // 1 → 2: nothing to convert
                return (db, CurrentSchemaVersion);
            }
            if (!db.UtcDate)
                db.UtcDate = true; // a pragma kept in the file: dates read back as UTC, not local time
            SchemaRecord.Write(db, CurrentSchemaVersion, time.GetUtcNow());
            return (db, CurrentSchemaVersion);
        }
        catch (Exception e) when (e is LiteException or IOException or UnauthorizedAccessException)
        {
            db?.Dispose();
            if (state == StoreFileState.Missing)
            {
                File.Delete(path); // leave no half-made store behind
                File.Delete(LogPath(path));
            }
            throw new StoreException(path, $"cannot be opened for writing ({FirstLine(e.Message)})", e);
        }
    }

    private static ConnectionString Connection(string path, bool readOnly) => new()
    {
        Filename = path,
        Connection = ConnectionType.Direct,
        ReadOnly = readOnly,
        Upgrade = false,     // never rewrite a LiteDB 4 file behind the user's back
        AutoRebuild = false, // never "repair" a damaged file by rebuilding it
    };

    /// <summary>LiteDB's write-ahead log beside the data file: <c>signals.db</c> → <c>signals-log.db</c>.</summary>
    internal static string LogPath(string path) =>
        System.IO.Path.Combine(
            System.IO.Path.GetDirectoryName(path)!,
            System.IO.Path.GetFileNameWithoutExtension(path) + "-log" + System.IO.Path.GetExtension(path));

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
