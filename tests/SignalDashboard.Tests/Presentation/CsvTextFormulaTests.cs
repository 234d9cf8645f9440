using SignalDashboard.Presentation;

namespace SignalDashboard.Tests.Presentation;

/// <summary>
/// Text a spreadsheet would run as a formula (starting with = + - @, tab or CR) gets a leading single quote
/// (docs/EXPORT.md); numbers written as numbers are left alone so that −66.67 stays a number.
/// </summary>
public sealed class CsvTextFormulaTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\")", "\"'=HYPERLINK(\"\"http://evil.example\"\")\"")]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+1", "'+1")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("=1,2", "\"'=1,2\"")]
    [InlineData("'quoted", "''quoted")] // so that Restore can take exactly one quote off
    public void Neutralizes_text_that_starts_like_a_formula(string cell, string expected)
    {
        Assert.Equal(expected + "\r\n", CsvText.Row([cell]));
    }

    [Theory]
    [InlineData("a=1")]
    [InlineData("GPT-4.1")]
    [InlineData("user@example.com")]
    public void Leaves_text_that_only_contains_those_characters_later(string cell)
    {
        Assert.Equal(cell + "\r\n", CsvText.Row([cell]));
    }

    [Theory]
    [InlineData("-66.67")]
    [InlineData("+5")]
    [InlineData("0.025")]
    public void Leaves_numbers_alone(string number)
    {
        Assert.Equal(number + "\r\n", CsvText.Row([new CsvCell(number, IsNumber: true)]));
    }

    [Fact]
    public void Neutralize_on_its_own_prefixes_only_dangerous_text()
    {
        Assert.Equal("'=cmd", CsvText.Neutralize("=cmd"));
        Assert.Equal("cmd", CsvText.Neutralize("cmd"));
        Assert.Equal("", CsvText.Neutralize(""));
    }

    [Theory]
    [InlineData("=cmd")]
    [InlineData("'=cmd")]
    [InlineData("''")]
    [InlineData("'")]
    [InlineData("plain")]
    [InlineData("-3")]
    public void Restore_undoes_neutralize(string text) => Assert.Equal(text, CsvText.Restore(CsvText.Neutralize(text)));
}
