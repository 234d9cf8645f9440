using System.Diagnostics;
using SignalDashboard.TestSupport;

namespace SignalDashboard.Storage.Tests;

/// <summary>FileKind tells a regular file from what cannot be read as one, without opening it (a named pipe would wait).</summary>
public sealed class FileKindTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void A_regular_file_a_folder_and_a_missing_path()
    {
        var file = _temp.File("a.json");
        File.WriteAllText(file, "{}");

        var empty = _temp.File("empty.json");
        File.WriteAllText(empty, "");

        Assert.Null(FileKind.NotARegularFile(file));
        Assert.Null(FileKind.NotARegularFile(empty)); // a length of 0, like /dev/zero's, and still a file
        Assert.Equal("is a folder", FileKind.NotARegularFile(_temp.Path));
        Assert.Equal("no such file", FileKind.NotARegularFile(_temp.File("missing")));
    }

    [SkippableFact]
    public void A_device_and_a_named_pipe_are_not_regular_files()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "stat(2) is asked on Linux only");
        var fifo = _temp.File("fifo");
        using (var mkfifo = Process.Start("mkfifo", [fifo])) mkfifo.WaitForExit();

        Assert.Equal("is a character device, not a file", FileKind.NotARegularFile("/dev/zero"));
        Assert.Equal("is a character device, not a file", FileKind.NotARegularFile("/dev/null"));
        Assert.Equal("is a named pipe (FIFO), not a file", FileKind.NotARegularFile(fifo)); // returns: it never opens the pipe
    }

    public void Dispose() => _temp.Dispose();
}
