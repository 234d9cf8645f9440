using System.IO.Compression;
using System.Security.Cryptography;

namespace SignalDashboard.Tests.Cli;

/// <summary>
/// Given a <c>--db</c> file that is not a LiteDB store, the command fails with exit 1 and one line naming the file,
/// and leaves the file byte for byte as it was, with nothing created beside it (no LiteDB <c>-log</c> file).
/// </summary>
public sealed class ForeignDbFileTests : IDisposable
{
    private readonly TestCli _cli = new();

    public static TheoryData<string> Kinds => ["text", "random", "random-whole-pages", "zip"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Is_refused_and_left_untouched(string kind)
    {
        var folder = Path.Combine(_cli.Root, "foreign");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "notes.db");
        Write(kind, path);
        var before = Hash(path);

        var run = _cli.Run("--db", path, "catalog", "list");

        var line = run.AssertFailsWithOneLine(1);
        Assert.Contains(path, line);
        Assert.Equal("", run.Out);
        Assert.Equal(before, Hash(path));
        Assert.False(File.Exists(Path.Combine(folder, "notes-log.db")), "LiteDB's -log file was created beside the foreign file");
        Assert.Equal(["notes.db"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    private static void Write(string kind, string path)
    {
        switch (kind)
        {
            case "text":
                File.WriteAllText(path, "shopping list\n- milk\n- GPUs\n");
                break;
            case "random":
                File.WriteAllBytes(path, Bytes(10_000));
                break;
            case "random-whole-pages": // a LiteDB-sized file (2 × 8 KiB pages) that is still not LiteDB
                File.WriteAllBytes(path, Bytes(16_384));
                break;
            case "zip":
                using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
                {
                    using var writer = new StreamWriter(zip.CreateEntry("prices.csv").Open());
                    writer.Write("model,input\nopus,5\n");
                }
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    private static byte[] Bytes(int count)
    {
        var bytes = new byte[count];
        new Random(20261127).NextBytes(bytes);
        return bytes;
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    public void Dispose() => _cli.Dispose();
}
