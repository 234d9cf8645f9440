using System.Security.Cryptography;
using SignalDashboard.Tests.Cli;

namespace SignalDashboard.Tests.Import;

/// <summary>
/// The bytes of a closed store: every file in the store's folder (the LiteDB file, its lock file, and a -log file
/// if one were left) by name, with its SHA-256. LiteDB keeps its -log file only while the store is open.
/// </summary>
internal static class StoreFiles
{
    public static SortedDictionary<string, string> Hashes(TestCli cli)
    {
        var folder = Path.GetDirectoryName(cli.DefaultStore)!;
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(folder)) return hashes;
        foreach (var file in Directory.GetFiles(folder))
            hashes[Path.GetFileName(file)] = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));
        return hashes;
    }
}
