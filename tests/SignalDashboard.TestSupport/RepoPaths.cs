using Xunit;

namespace SignalDashboard.TestSupport;

/// <summary>Paths of the repository and of <c>../shared</c> beside it, found from the test's working folder.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder that holds SignalDashboard.sln.</summary>
    public static string Root => LazyRoot.Value;

    public static string Feeds => Path.Combine(Root, "feeds");

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
