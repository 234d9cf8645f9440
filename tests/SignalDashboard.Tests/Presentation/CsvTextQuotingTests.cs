using SignalDashboard.Presentation;

namespace SignalDashboard.Tests.Presentation;

/// <summary>RFC 4180: commas, quotes and line breaks are quoted, quotes doubled, every record ends in CRLF.</summary>
public sealed class CsvTextQuotingTests
{
    [Fact]
    public void Plain_cells_are_joined_by_commas_and_end_in_CRLF()
    {
        Assert.Equal("anthropic,Claude Opus 4.6,5\r\n", CsvText.Row(["anthropic", "Claude Opus 4.6", new CsvCell("5", IsNumber: true)]));
    }

    [Theory]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("\"", "\"\"\"\"")]
    [InlineData("line1\r\nline2", "\"line1\r\nline2\"")]
    [InlineData("line1\nline2", "\"line1\nline2\"")]
    [InlineData("with space", "with space")]
    [InlineData("", "")]
    public void Quotes_a_cell_only_when_it_must(string cell, string expected)
    {
        Assert.Equal(expected + "\r\n", CsvText.Row([cell]));
    }

    [Fact]
    public void A_null_cell_is_empty()
    {
        Assert.Equal(",x\r\n", CsvText.Row([(string?)null, "x"]));
    }

    [Fact]
    public void Unicode_is_written_as_is()
    {
        Assert.Equal("深度求索,🚀\r\n", CsvText.Row(["深度求索", "🚀"]));
    }
}
