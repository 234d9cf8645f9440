using System.Diagnostics;
using System.Text;

namespace SignalDashboard.Tools.GenaiHistory;

/// <summary>
/// A git repository read through the <c>git</c> command (<c>git -C PATH</c> works on a bare repository and on a
/// working clone alike): commit lists and file contents, never a write.
/// </summary>
internal sealed class GitRepository(string path)
{
    /// <summary>A commit that changed a file: its hash, committer time and the committer's own calendar day.</summary>
    public sealed record FileVersion(string Commit, DateTimeOffset CommittedAt, DateOnly CommitterDay, string File);

    /// <summary>
    /// Every commit on the first-parent line of <paramref name="reference"/> that changed <paramref name="file"/>,
    /// newest first: the versions of the file as the main line published them (a side branch's versions never were).
    /// </summary>
    public IReadOnlyList<FileVersion> Versions(string reference, string file)
    {
        var output = Run(["log", "--first-parent", "--format=%H %ct %cI", reference, "--", file]);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line =>
        {
            var parts = line.Split(' ');
            var at = DateTimeOffset.FromUnixTimeSeconds(long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
            // %cI is the committer's local time with its offset: its date is the day the committer saw.
            var day = DateOnly.ParseExact(parts[2][..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            return new FileVersion(parts[0], at, day, file);
        }).ToList();
    }

    /// <summary>The contents of each (commit, file), in order, through one <c>git cat-file --batch</c>.</summary>
    public IReadOnlyList<byte[]> Read(IReadOnlyList<FileVersion> versions)
    {
        using var git = Start(["cat-file", "--batch"]);
        // Requests are written from another task: git answers while we still write, and a full pipe would block both.
        var requests = Task.Run(() =>
        {
            foreach (var version in versions)
                git.StandardInput.Write($"{version.Commit}:{version.File}\n");
            git.StandardInput.Close();
        });
        var stdout = git.StandardOutput.BaseStream;
        var contents = new List<byte[]>(versions.Count);
        foreach (var version in versions)
        {
            var header = ReadLine(stdout).Split(' ');
            if (header.Length != 3 || header[1] != "blob")
                throw new InvalidOperationException($"git cat-file: {version.Commit}:{version.File}: {string.Join(' ', header)}");
            var content = new byte[int.Parse(header[2], System.Globalization.CultureInfo.InvariantCulture)];
            stdout.ReadExactly(content);
            if (stdout.ReadByte() != '\n')
                throw new InvalidOperationException($"git cat-file: {version.Commit}:{version.File}: unexpected output after the content");
            contents.Add(content);
        }
        requests.Wait();
        git.WaitForExit();
        return contents;
    }

    private string Run(IReadOnlyList<string> arguments)
    {
        using var git = Start(arguments);
        git.StandardInput.Close();
        var error = git.StandardError.ReadToEndAsync();
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        if (git.ExitCode != 0)
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} (in {path}) failed: {error.Result.Trim()}");
        return output;
    }

    private Process Start(IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("-C");
        start.ArgumentList.Add(path);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        return Process.Start(start) ?? throw new InvalidOperationException("cannot start git");
    }

    private static string ReadLine(Stream stream)
    {
        var line = new List<byte>();
        for (var b = stream.ReadByte(); b != '\n'; b = stream.ReadByte())
        {
            if (b < 0) throw new InvalidOperationException("git cat-file ended early");
            line.Add((byte)b);
        }
        return Encoding.UTF8.GetString(line.ToArray());
    }
}
