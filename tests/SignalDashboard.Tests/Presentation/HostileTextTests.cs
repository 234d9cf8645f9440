using SignalDashboard.Presentation;
using SignalDashboard.Tests.Cli;

namespace SignalDashboard.Tests.Presentation;

/// <summary>
/// Text from files and feeds reaches a terminal without its escape sequences, control characters and bidi overrides,
/// and a huge value cannot widen every row of a CLI table.
/// </summary>
public sealed class HostileTextTests
{
    private const string Rlo = "\u202E";

    [Theory]
    [InlineData("gpt\u202E4o", "gpt4o")]       // right-to-left override
    [InlineData("a\u2066b\u2069c", "abc")]      // isolates
    [InlineData("x\u202Ay\u202Cz", "xyz")]      // embedding and its pop
    [InlineData("مرحبا", "مرحبا")]              // right-to-left text itself stays
    [InlineData("a\u200Fb", "a\u200Fb")]        // a right-to-left mark is not an override
    public void Bidi_overrides_and_isolates_are_removed(string text, string expected) =>
        Assert.Equal(expected, TerminalText.Sanitize(text));

    [Fact]
    public void A_csv_cell_loses_escape_sequences_and_overrides_but_keeps_its_line_breaks()
    {
        var row = CsvText.Row(["evil\u001b]0;owned\u0007\u001b[2Jid" + Rlo, "line one\nline two"]);

        Assert.Equal("evilid,\"line one\nline two\"\r\n", row);
    }

    [Fact]
    public void One_huge_cell_is_cut_and_does_not_set_the_tables_width()
    {
        var huge = new string('m', 1_000_000);

        var table = TextTable.Render(["MODEL", "INPUT", "NOTE"], [[huge, "$1.00", "a"], ["small", "$2.00", "b"]]);

        var lines = table.TrimEnd('\n').Split('\n');
        Assert.All(lines, line => Assert.True(line.Length <= TextTable.MaxCellWidth + 20, $"a line of {line.Length} characters"));
        Assert.Contains("…", lines[1]);
    }

    [Fact]
    public void Usage_import_echoes_a_hostile_source_name_without_its_escape_sequences()
    {
        using var cli = new TestCli();
        var csv = cli.File("usage.csv");
        File.WriteAllText(csv, "date,model,input_tokens,output_tokens,cached_tokens,requests,source\n"
            + "2026-03-01,gpt-4o-mini,10,1,0,1,\"team\u001b]0;pwned\u0007\u001b[2J" + Rlo + "\"\n");

        var run = cli.Run("usage", "import", csv);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain('\u001b', run.Out);
        Assert.DoesNotContain(Rlo, run.Out);
        Assert.Contains("imported 1 rows from team", run.Out);
    }
}
