using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using SignalDashboard.Core.Catalog.History;
using SignalDashboard.Core.Catalog.Import;
using SignalDashboard.Tools.GenaiHistory;

// genai-history CLONE [--out FILE] [--ref REF]
// Reads every version of the genai-prices price list from CLONE (a bare git directory or a working clone) and writes
// the compact history sigdash bundles. See README.md beside this file.

const string usage = "usage: genai-history CLONE [--out FILE] [--ref REF]   (FILE defaults to feeds/catalog/history/genai-prices.json.gz of this repository)";

string? clone = null, output = null, reference = "HEAD";
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--out" when i + 1 < args.Length: output = args[++i]; break;
        case "--ref" when i + 1 < args.Length: reference = args[++i]; break;
        case "-h" or "--help": Console.WriteLine(usage); return 0;
        case var a when !a.StartsWith('-') && clone is null: clone = a; break;
        default: Console.Error.WriteLine(usage); return 2;
    }
}
if (clone is null)
{
    Console.Error.WriteLine(usage);
    return 2;
}

try
{
    output ??= Path.Combine(RepositoryRoot(), "feeds", "catalog", "history", "genai-prices.json.gz");
    var git = new GitRepository(clone);
    var days = AsOfDays.Choose(git.Versions(reference, AsOfDays.V1), git.Versions(reference, AsOfDays.V2));
    if (days.Count == 0)
        throw new InvalidOperationException($"{clone}: no version of {AsOfDays.V1} or {AsOfDays.V2} on {reference}");
    var contents = git.Read(days);

    var files = days.Select((day, i) => (
        Day: new GenaiHistoryDay(day.CommitterDay, day.Commit, day.File),
        File: GenaiPricesReader.ReadFile(Encoding.UTF8.GetString(contents[i]), $"{day.File}@{day.Commit}"))).ToList();
    var history = GenaiPricesHistory.Build(files);
    var json = Encoding.UTF8.GetBytes(GenaiPricesHistoryWriter.Write(history));
    var gz = Gzip(json);

    // Check before writing: the file read back gives, day by day, the snapshot the importer gives for that day's file.
    var back = GenaiPricesHistoryReader.Read(gz, output).Snapshots();
    for (var i = 0; i < files.Count; i++)
    {
        var expected = files[i].File.SnapshotOn(files[i].Day.Day).Fingerprint();
        if (back[i].Fingerprint() != expected)
            throw new InvalidOperationException($"the history read back differs from {files[i].Day.File} of {files[i].Day.Day:yyyy-MM-dd} ({files[i].Day.Commit})");
    }

    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
    var temporary = output + ".tmp";
    File.WriteAllBytes(temporary, gz);
    File.Move(temporary, output, overwrite: true);

    var versions = history.Models.Sum(m => m.Versions.Count);
    Console.WriteLine($"{days.Count} as-of days, {days[0].CommitterDay:yyyy-MM-dd} … {days[^1].CommitterDay:yyyy-MM-dd} (last: {days[^1].File} at {days[^1].Commit})");
    Console.WriteLine($"{history.Models.Count} models, {versions} versions, {history.Skipped.Count} entries skipped");
    foreach (var skip in history.Skipped)
        Console.WriteLine($"  skipped on {skip.Day:yyyy-MM-dd}: {skip.Entry}");
    Console.WriteLine($"wrote {output}: {gz.Length:N0} bytes ({json.Length:N0} as JSON), sha256 {Convert.ToHexStringLower(SHA256.HashData(gz))}");
    return 0;
}
catch (Exception e) when (e is InvalidOperationException or CatalogImportException or IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
{
    Console.Error.WriteLine($"genai-history: {e.Message}");
    return 1;
}

// gzip as .NET writes it: no file name, no time stamp in the header, so the same JSON always gives the same bytes
// (with the same runtime's zlib; a runtime update may compress differently, the JSON inside stays the same).
static byte[] Gzip(byte[] json)
{
    using var buffer = new MemoryStream();
    using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        gzip.Write(json);
    return buffer.ToArray();
}

static string RepositoryRoot()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "SignalDashboard.sln")))
            return dir.FullName;
    }
    throw new InvalidOperationException("run from inside the SignalDashboard repository, or give --out");
}
