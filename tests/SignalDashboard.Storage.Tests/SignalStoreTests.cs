using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using LiteDB;
using SignalDashboard.TestSupport;

namespace SignalDashboard.Storage.Tests;

public sealed class SignalStoreTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_new_store_is_created_with_its_folder_and_records_the_schema_version()
    {
        var path = Path.Combine(_temp.Path, "a", "b", "signals.db");

        using (var store = SignalStore.Open(path))
        {
            Assert.True(store.Created);
            Assert.True(store.IsEmpty);
            Assert.Equal(SignalStore.CurrentSchemaVersion, store.SchemaVersion);
            Assert.Equal(path, store.Path);
        }

        using var db = new LiteDatabase($"Filename={path};Connection=Direct;ReadOnly=true");
        var schema = db.GetCollection("meta").FindById("schema");
        Assert.Equal(2, schema["version"].AsInt32);
        Assert.True(db.UtcDate); // the pragma that makes LiteDB read dates back as UTC instead of local time
        Assert.False(File.Exists(Path.Combine(_temp.Path, "a", "b", "signals-log.db")));
    }

    [Fact]
    public void Reopening_keeps_the_store_and_its_version()
    {
        var path = _temp.File("signals.db");
        SignalStore.Open(path).Dispose();

        using var again = SignalStore.Open(path);
        Assert.False(again.Created);
        Assert.Equal(2, again.SchemaVersion);
    }

    [Fact]
    public void A_schema_1_store_opens_upgraded_to_2_with_its_data_and_its_creation_time()
    {
        var path = _temp.File("signals.db");
        SignalStore.Open(path).Dispose();
        DateTime created;
        using (var db = new LiteDatabase($"Filename={path};Connection=Direct"))
        {
            var record = db.GetCollection("meta").FindById("schema");
            created = record["createdAt"].AsDateTime;
            record["version"] = 1;
            db.GetCollection("meta").Update(record);
        }

        using (var store = SignalStore.Open(path))
            Assert.Equal(2, store.SchemaVersion);

        using var reread = new LiteDatabase($"Filename={path};Connection=Direct;ReadOnly=true");
        var schema = reread.GetCollection("meta").FindById("schema");
        Assert.Equal((2, created), (schema["version"].AsInt32, schema["createdAt"].AsDateTime));
    }

    [Fact]
    public void LiteDB_writes_its_header_text_at_offset_32_of_page_0()
    {
        var path = _temp.File("signals.db");
        SignalStore.Open(path).Dispose();

        var bytes = File.ReadAllBytes(path);
        Assert.Equal("** This is a LiteDB file **", Encoding.ASCII.GetString(bytes, 32, 27));
        Assert.Equal(8, bytes[59]); // LiteDB 5's data file format
        Assert.Equal(0, bytes.Length % 8192);
    }

    [Fact]
    public void A_store_from_a_newer_sigdash_is_refused_and_left_untouched()
    {
        var path = _temp.File("signals.db");
        SignalStore.Open(path).Dispose();
        using (var db = new LiteDatabase($"Filename={path};Connection=Direct"))
            db.GetCollection("meta").Update(new BsonDocument { ["_id"] = "schema", ["version"] = 3 });
        var before = Fixtures.FolderState(_temp.Path);

        var e = Assert.Throws<StoreException>(() => SignalStore.Open(path));

        Assert.Contains(path, e.Message);
        Assert.Contains("newer sigdash (schema 3", e.Message);
        Assert.DoesNotContain('\n', e.Message);
        Assert.Equal(before, Fixtures.FolderState(_temp.Path)); // same bytes, no -log file, no lock file
    }

    public static TheoryData<string> NotStores => new() { "text", "random", "random-whole-pages", "zip", "short" };

    [Theory]
    [MemberData(nameof(NotStores))]
    public void A_file_that_is_not_a_LiteDB_file_is_refused_and_left_untouched(string kind)
    {
        var path = _temp.File("signals.db");
        switch (kind)
        {
            case "text": File.WriteAllText(path, "my notes, not a database\n"); break;
            case "random": File.WriteAllBytes(path, RandomNumberGenerator.GetBytes(20_000)); break;
            case "random-whole-pages": File.WriteAllBytes(path, RandomNumberGenerator.GetBytes(3 * 8192)); break;
            case "short": File.WriteAllBytes(path, [1]); break;
            case "zip":
                using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
                using (var writer = new StreamWriter(zip.CreateEntry("a.txt").Open()))
                    writer.Write("hello");
                break;
        }
        var before = Fixtures.FolderState(_temp.Path);

        var e = Assert.Throws<StoreException>(() => SignalStore.Open(path));

        Assert.Equal($"{path}: is not a sigdash store (not a LiteDB file); it was left untouched", e.Message);
        Assert.Equal(before, Fixtures.FolderState(_temp.Path));
    }

    [Fact]
    public void A_LiteDB_file_with_a_partial_page_is_refused_because_LiteDB_would_truncate_it()
    {
        var path = _temp.File("signals.db");
        SignalStore.Open(path).Dispose();
        File.AppendAllText(path, "trailing bytes");
        var before = Fixtures.FolderState(_temp.Path);

        var e = Assert.Throws<StoreException>(() => SignalStore.Open(path));

        Assert.Contains("is damaged", e.Message);
        Assert.Equal(before, Fixtures.FolderState(_temp.Path));
    }

    [Fact]
    public void A_LiteDB_file_with_damaged_pages_is_refused_and_left_untouched()
    {
        var path = _temp.File("signals.db");
        using (var store = SignalStore.Open(path))
        {
            new CatalogRepository(store).Save(Fixtures.Small());
        }
        var bytes = File.ReadAllBytes(path);
        RandomNumberGenerator.Fill(bytes.AsSpan(8192)); // keep the header page, scramble the rest
        File.WriteAllBytes(path, bytes);
        var before = Fixtures.FolderState(_temp.Path);

        var e = Assert.Throws<StoreException>(() => SignalStore.Open(path));

        Assert.Contains("cannot be read as a sigdash store", e.Message);
        Assert.DoesNotContain('\n', e.Message);
        Assert.Equal(before, Fixtures.FolderState(_temp.Path));
    }

    [Fact]
    public void A_LiteDB_file_of_another_program_is_refused_and_left_untouched()
    {
        var path = _temp.File("other.db");
        using (var db = new LiteDatabase($"Filename={path};Connection=Direct"))
            db.GetCollection("customers").Insert(new BsonDocument { ["name"] = "Ada" });
        var before = Fixtures.FolderState(_temp.Path);

        var e = Assert.Throws<StoreException>(() => SignalStore.Open(path));

        Assert.Contains("LiteDB file of another program", e.Message);
        Assert.Equal(before, Fixtures.FolderState(_temp.Path));
    }

    [Fact]
    public void A_zero_byte_file_becomes_a_new_store()
    {
        // Documented choice: 0 bytes hold nothing to lose, and `mktemp` hands out such paths.
        var path = _temp.File("signals.db");
        File.WriteAllBytes(path, []);

        using (var store = SignalStore.Open(path))
        {
            Assert.True(store.Created);
            Assert.Equal(2, store.SchemaVersion);
        }
        using var again = SignalStore.Open(path);
        Assert.False(again.Created);
    }

    [Fact]
    public void A_folder_is_not_a_store()
    {
        var e = Assert.Throws<StoreException>(() => SignalStore.Open(_temp.Path));
        Assert.Contains("is a folder", e.Message);
    }

    [Fact]
    public void A_second_open_of_the_same_store_fails_clearly_until_the_first_is_closed()
    {
        var path = _temp.File("signals.db");
        var first = SignalStore.Open(path);

        var e = Assert.Throws<StoreException>(() => SignalStore.Open(path));
        Assert.Equal($"{path}: the store is in use by another sigdash (it holds signals.db.lock)", e.Message);

        first.Dispose();
        using var second = SignalStore.Open(path);
        Assert.Equal(2, second.SchemaVersion);
    }

    [Fact]
    public void The_lock_is_exclusive_against_any_other_holder()
    {
        // What another process's sigdash does: hold signals.db.lock with FileShare.None.
        var path = _temp.File("signals.db");
        SignalStore.Open(path).Dispose();
        using (new FileStream(path + ".lock", FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            Assert.Contains("in use by another sigdash", Assert.Throws<StoreException>(() => SignalStore.Open(path)).Message);
        }
        SignalStore.Open(path).Dispose();
    }

    [SkippableFact]
    public void Another_process_holding_the_lock_keeps_this_one_out()
    {
        // .NET's FileShare.None is flock(LOCK_EX) on Unix, so util-linux flock(1) stands in for another sigdash.
        Skip.If(OperatingSystem.IsWindows() || !File.Exists("/usr/bin/flock"), "needs flock(1)");
        var path = _temp.File("signals.db");
        SignalStore.Open(path).Dispose();
        using var other = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("/usr/bin/flock")
        {
            // --no-fork and exec: one process holds the lock, so killing it releases the lock.
            ArgumentList = { "--exclusive", "--no-fork", path + ".lock", "-c", "echo locked; exec sleep 30" },
            RedirectStandardOutput = true,
        })!;
        try
        {
            Assert.Equal("locked", other.StandardOutput.ReadLine());
            Assert.Contains("in use by another sigdash", Assert.Throws<StoreException>(() => SignalStore.Open(path)).Message);
        }
        finally
        {
            other.Kill();
            other.WaitForExit();
        }
        SignalStore.Open(path).Dispose(); // the OS released the dead process's lock
    }

    [SkippableFact]
    public void Raw_LiteDB_direct_mode_does_not_stop_a_second_writer()
    {
        // Why StoreLock exists: on Linux two Direct-mode writers both open the file and diverge.
        Skip.If(OperatingSystem.IsWindows(), "Windows share modes do stop the second LiteDB writer");
        var path = _temp.File("raw.db");
        using var one = new LiteDatabase($"Filename={path};Connection=Direct");
        one.GetCollection("p").Insert(new BsonDocument { ["v"] = 1 });
        using var two = new LiteDatabase($"Filename={path};Connection=Direct");
        two.GetCollection("p").Insert(new BsonDocument { ["v"] = 2 });

        Assert.Equal(1, one.GetCollection("p").Count());
        Assert.Equal(2, two.GetCollection("p").Count());
    }

    [Fact]
    public void A_read_only_LiteDB_open_leaves_no_trace()
    {
        var path = _temp.File("signals.db");
        using (var store = SignalStore.Open(path))
            new CatalogRepository(store).Save(Fixtures.Small());
        var before = Fixtures.FolderState(_temp.Path);

        using (var db = new LiteDatabase($"Filename={path};Connection=Direct;ReadOnly=true"))
            Assert.Equal(4, db.GetCollection("models").Count());

        Assert.Equal(before, Fixtures.FolderState(_temp.Path));
    }
}
