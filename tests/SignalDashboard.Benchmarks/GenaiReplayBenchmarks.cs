using System.Globalization;
using BenchmarkDotNet.Attributes;
using SignalDashboard.Core.Catalog.Events;
using SignalDashboard.Core.Catalog.Import;
using SignalDashboard.Storage;

namespace SignalDashboard.Benchmarks;

/// <summary>
/// The replay's measured figures, on the real genai-prices snapshots in <c>../shared/catalogs/genai-prices/</c>
/// (beside the repository root, the folder with SignalDashboard.sln):
/// <list type="bullet">
/// <item><see cref="ReadAndDiff"/>: one <c>data.json</c> (2026-07-15, ~1,430 models) read with
/// <see cref="CatalogImporter"/> (format detected, as <c>catalog import</c> does) and diffed against the previous
/// snapshot (2026-06-19, read once in setup, as it would come from the store).</item>
/// <item><see cref="ReplayIntoEmptyStore"/>: all 11 snapshots replayed into an empty temp store in date order, one
/// <see cref="SnapshotRepository.Import"/> with <see cref="EventDerivation.Derive"/> per file as <c>catalog import
/// FILE --as-of DAY</c> run per file does (each import derives the source's events again from every stored
/// snapshot). The files' text is read in setup; reading and parsing it is part of the measurement. The aim
/// (the aim: under 2 s).</item>
/// </list>
/// Measured on 2026-11-27 (2 CPUs, <c>--job short</c>: 3 warm-ups + 3 iterations): read and diff 2.70 ms
/// (±0.04, 1.42 MB allocated); replay of the 11 snapshots 530 ms (±94, 504 MB) — 1,536 events.
/// </summary>
[MemoryDiagnoser]
public class GenaiReplayBenchmarks
{
    private const string Latest = "2026-07-15";
    private const string Previous = "2026-06-19";

    private List<(DateOnly Day, string Path, string Text)> _files = [];
    private SourceSnapshot? _previous;
    private string _folder = "";
    private SignalStore? _store;

    [GlobalSetup]
    public void Setup()
    {
        var genai = Path.Combine(Shared(), "catalogs", "genai-prices");
        if (!Directory.Exists(genai))
            throw new InvalidOperationException($"the real genai-prices snapshots are absent: {genai} does not exist (it lives beside the repository in CI; see README)");
        _files = Directory.GetFiles(genai, "data-*.json")
            .Select(path => (Day: DateOnly.ParseExact(Path.GetFileNameWithoutExtension(path)["data-".Length..], "yyyy-MM-dd", CultureInfo.InvariantCulture), Path: path, Text: File.ReadAllText(path)))
            .OrderBy(f => f.Day)
            .ToList();
        if (_files.Count != 11 || !_files.Any(f => Is(f.Day, Latest)) || !_files.Any(f => Is(f.Day, Previous)))
            throw new InvalidOperationException($"expected the 11 genai-prices snapshots 2025-06-22 … {Latest} in {genai}, found {_files.Count}");

        var previous = _files.Single(f => Is(f.Day, Previous));
        _previous = CatalogImporter.Read(previous.Text, null, previous.Day, previous.Path).Single();
        _folder = Path.Combine(Path.GetTempPath(), "sigdash-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [IterationSetup(Target = nameof(ReplayIntoEmptyStore))]
    public void OpenEmptyStore() => _store = SignalStore.Open(Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db"));

    [IterationCleanup(Target = nameof(ReplayIntoEmptyStore))]
    public void CloseStore()
    {
        var path = _store!.Path;
        _store.Dispose();
        foreach (var file in Directory.GetFiles(_folder, Path.GetFileNameWithoutExtension(path) + "*"))
            File.Delete(file);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (_folder.Length > 0 && Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Benchmark]
    public int ReadAndDiff()
    {
        var latest = _files.Single(f => Is(f.Day, Latest));
        var snapshot = CatalogImporter.Read(latest.Text, null, latest.Day, latest.Path).Single();
        return SnapshotDiff.Compare(_previous!, snapshot).Count;
    }

    [Benchmark]
    public int ReplayIntoEmptyStore()
    {
        var repository = new SnapshotRepository(_store!);
        var events = 0;
        foreach (var (day, path, text) in _files)
        {
            var result = repository.Import(CatalogImporter.Read(text, null, day, path), EventDerivation.Derive);
            events = result.Sources.Single().EventsAfter;
        }
        return events; // 1,536
    }

    private static bool Is(DateOnly day, string text) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == text;

    /// <summary><c>../shared</c> beside the repository root (found by walking up to SignalDashboard.sln).</summary>
    private static string Shared()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SignalDashboard.sln")))
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
        }
        throw new InvalidOperationException($"SignalDashboard.sln not found above {AppContext.BaseDirectory}: cannot find ../shared");
    }
}
