using Xunit;

namespace SignalDashboard.TestSupport;

/// <summary>Paths of the repository and of <c>../shared</c> beside it, found from the test's working folder.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder that holds SignalDashboard.sln.</summary>
    public static string Root => LazyRoot.Value;

    public static string Feeds => Path.Combine(Root, "feeds");

    private static readonly Lazy<string> LazyFeedsWithoutHistory = new(CopyFeedsWithoutHistory);

    /// <summary>
    /// The repository's feeds folder without the bundled genai-prices price history (<c>catalog/history</c>): a first
    /// run then holds the curated catalog alone, for tests that count the snapshots and events they import. A copy
    /// made once per test process in the temp folder.
    /// </summary>
    public static string FeedsWithoutHistory => LazyFeedsWithoutHistory.Value;

    private static string CopyFeedsWithoutHistory()
    {
        var copy = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sigdash-tests", $"feeds-{Guid.NewGuid():N}");
        var history = System.IO.Path.Combine(Feeds, "catalog", "history");
        foreach (var file in Directory.EnumerateFiles(Feeds, "*", SearchOption.AllDirectories))
        {
            if (file.StartsWith(history + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal)) continue;
            var target = System.IO.Path.Combine(copy, System.IO.Path.GetRelativePath(Feeds, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return copy;
    }

    /// <summary><c>../shared</c> relative to the repository root (present in CI, maybe absent in a user's clone).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>
    /// A file under ../shared, or a skip with the reason when it is absent (a user's clone has no ../shared).
    /// </summary>
    public static string SharedFile(params string[] parts)
    {
        var path = Path.Combine([Shared, .. parts]);
        Skip.IfNot(File.Exists(path) || Directory.Exists(path), $"reference data {path} is absent (it lives beside the repository in CI; see README)");
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SignalDashboard.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"SignalDashboard.sln not found above {AppContext.BaseDirectory}");
    }
}
