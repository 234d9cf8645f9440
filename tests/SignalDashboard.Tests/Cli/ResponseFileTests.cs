namespace SignalDashboard.Tests.Cli;

/// <summary>An argument that starts with @ is that text, never a file read in its place (System.CommandLine's response files are off).</summary>
public sealed class ResponseFileTests : IDisposable
{
    private readonly TestCli _cli = new();

    [Fact]
    public void An_annotation_title_and_note_starting_with_at_are_stored_as_typed()
    {
        var secret = _cli.File("secret.txt");
        File.WriteAllText(secret, "the contents of a local file");

        Assert.Equal(0, _cli.Run("events", "add", "@" + secret, "--note", "@" + secret, "--time", "2026-03-01").ExitCode);
        Assert.Equal(0, _cli.Run("events", "add", "@channel sync", "--time", "2026-03-02").ExitCode);

        var events = _cli.Run("events", "list", "--kind", "annotation", "--format", "json").Out;
        Assert.Contains($"\"title\": \"@{secret}\"", events);
        Assert.Contains($"\"note\": \"@{secret}\"", events);
        Assert.Contains("\"title\": \"@channel sync\"", events);
        Assert.DoesNotContain("the contents of a local file", events);
    }

    [Fact]
    public void A_watchlist_named_with_an_at_keeps_its_name()
    {
        var file = _cli.File("list.txt");
        File.WriteAllText(file, "renamed by a file");

        Assert.Equal(0, _cli.Run("watchlist", "create", "@" + file).ExitCode);

        Assert.Contains("@" + file, _cli.Run("watchlist", "list").Out);
        Assert.DoesNotContain("renamed by a file", _cli.Run("watchlist", "list").Out);
    }

    public void Dispose() => _cli.Dispose();
}
