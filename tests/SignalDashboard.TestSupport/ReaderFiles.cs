namespace SignalDashboard.TestSupport;

/// <summary>Reads a file and hands its text to one of Core's readers (Core itself does no file I/O).</summary>
public static class ReaderFiles
{
    public static T Load<T>(string path, Func<string, string, T> read) => read(File.ReadAllText(path), path);
}
