using System.Diagnostics;

namespace SignalDashboard.Tests.Cli;

/// <summary>
/// Files that are not regular files — a named pipe (opening it waits for a writer), /dev/zero and /dev/urandom (no
/// end, yet a length of 0), /dev/null — are refused by every import and as --db, in one line, before they are opened.
/// </summary>
public sealed class SpecialFileTests : IDisposable
{
    private readonly TestCli _cli = new();

    private string Fifo()
    {
        var path = _cli.File("fifo");
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        return path;
    }

    public static TheoryData<string[]> Imports => new()
    {
        new[] { "catalog", "import" },
        new[] { "usage", "import" },
        new[] { "feeds", "import" },
        new[] { "watchlist", "import" },
    };

    [SkippableTheory]
    [MemberData(nameof(Imports))]
    public void An_import_refuses_a_device_and_a_named_pipe_in_one_line(string[] command)
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "the special files are Linux's");
        foreach (var path in new[] { "/dev/zero", "/dev/urandom", Fifo() })
        {
            var run = Within(TimeSpan.FromSeconds(20), () => _cli.Run([.. command, path]));

            var line = run.AssertFailsWithOneLine(1);
            Assert.Contains(path, line);
            Assert.Contains(path.StartsWith("/dev/", StringComparison.Ordinal) ? "is a character device" : "is a named pipe", line);
        }
    }

    [SkippableFact]
    public void A_device_or_a_named_pipe_as_the_store_is_refused_and_left_as_it_was()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "the special files are Linux's");
        foreach (var path in new[] { "/dev/null", "/dev/zero", Fifo() })
        {
            var run = Within(TimeSpan.FromSeconds(20), () => _cli.Run("--db", path, "catalog", "list"));

            var line = run.AssertFailsWithOneLine(1);
            Assert.Contains("a store is a file, and this was left untouched", line);
        }
    }

    [Fact]
    public void A_usage_file_that_is_not_utf8_is_refused_with_its_line()
    {
        var csv = _cli.File("usage.csv");
        File.WriteAllBytes(csv, [
            .. "date,model,input_tokens,output_tokens,cached_tokens,requests\n2026-03-01,gpt-4o-mini,10,1,0,1\n"u8,
            .. "2026-03-02,gpt-4o-mini"u8, 0xFF, 0xFE, .. ",10,1,0,1\n"u8]);

        var line = _cli.Run("usage", "import", csv).AssertFailsWithOneLine(1);

        Assert.Contains("usage.csv: line 3: not valid UTF-8", line);
        Assert.Equal("[]", _cli.Run("usage", "sources", "--format", "json").Out.Trim()); // nothing stored
    }

    /// <summary>Runs <paramref name="run"/> and fails the test, rather than hang it, when it takes longer than <paramref name="limit"/>.</summary>
    private static CliRun Within(TimeSpan limit, Func<CliRun> run)
    {
        var task = Task.Run(run);
        Assert.True(task.Wait(limit), $"still running after {limit.TotalSeconds} s");
        return task.Result;
    }

    public void Dispose() => _cli.Dispose();
}
