using SignalDashboard.TestSupport;

namespace SignalDashboard.Tests.Charts;

/// <summary>
/// Compares text with a golden file in tests/SignalDashboard.Tests/Charts/Goldens (found from the repository root,
/// not the bin folder). With UPDATE_GOLDENS=1 it writes the file instead. On a mismatch the actual text is left
/// beside the golden as NAME.received.txt (git-ignored) for a diff.
/// </summary>
internal static class Golden
{
    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "SignalDashboard.Tests", "Charts", "Goldens");

    public static void Assert(string name, string actual)
    {
        var path = Path.Combine(Folder, name + ".txt");
        var received = Path.Combine(Folder, name + ".received.txt");
        var text = Normalize(actual);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDENS") == "1")
        {
            Directory.CreateDirectory(Folder);
            File.WriteAllText(path, text);
            File.Delete(received);
            return;
        }
        if (!File.Exists(path))
            Xunit.Assert.Fail($"golden file {path} is missing; run the tests with UPDATE_GOLDENS=1 to create it, then review it");
        var expected = Normalize(File.ReadAllText(path));
        if (expected == text)
        {
            File.Delete(received);
            return;
        }
        File.WriteAllText(received, text);
        Xunit.Assert.Equal(expected, text);
    }

    /// <summary>LF line ends, no trailing spaces (editors strip them), one final newline.</summary>
    private static string Normalize(string text) =>
        string.Join('\n', text.Replace("\r\n", "\n").Split('\n').Select(line => line.TrimEnd())).TrimEnd('\n') + "\n";
}
