using System.Text;
using Microsoft.Extensions.Time.Testing;
using SignalDashboard.Core.Usage;

namespace SignalDashboard.Core.Tests.Usage;

/// <summary>Every broken input names the file, the line, the field and the reason.</summary>
public sealed class UsageFileReaderErrorTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));
    private const string WeeklyHeader = "week_end,model,total_tokens,from_commit\n";
    private const string VolumeHeader = "period_end,entity,scope,tokens,per,stated,statement_date,source_url\n";

    private static UsageFormatException Weekly(string text) =>
        Assert.Throws<UsageFormatException>(() => OpenRouterWeeklyReader.Read(Encoding.UTF8.GetBytes(text), "w.csv", Clock));

    private static UsageFormatException Volumes(string text) =>
        Assert.Throws<UsageFormatException>(() => PublishedTokenVolumesReader.Read(Encoding.UTF8.GetBytes(text), "v.csv", Clock));

    [Theory]
    [InlineData("2025-02-16,a/b,abc,1ed7e7f", "w.csv: line 2: total_tokens: expected a whole number")]
    [InlineData("2025-02-16,a/b,0,1ed7e7f", "line 2: total_tokens: must be above 0")]
    [InlineData("2025-02-16,a/b,-5,1ed7e7f", "line 2: total_tokens: expected a whole number")]
    [InlineData("2025-02-16,a/b,99999999999999999999,1ed7e7f", "total_tokens: expected a whole number (digits only, below 9.2e18)")]
    [InlineData("2025-2-16,a/b,10,1ed7e7f", "line 2: week_end: expected a date as YYYY-MM-DD, found \"2025-2-16\"")]
    [InlineData("2019-12-29,a/b,10,1ed7e7f", "week_end: 2019-12-29 is before 2020-01-01")]
    [InlineData("2026-06-02,a/b,10,1ed7e7f", "week_end: 2026-06-02 is in the future (today is 2026-06-01)")]
    [InlineData("9999-12-31,a/b,10,1ed7e7f", "week_end: 9999-12-31 is in the future")]
    [InlineData("2025-02-16,claude,10,1ed7e7f", "line 2: model: expected an OpenRouter slug")]
    [InlineData("2025-02-16,a/b c,10,1ed7e7f", "model: expected an OpenRouter slug")]
    [InlineData("2025-02-16,,10,1ed7e7f", "line 2: model: is empty")]
    [InlineData("2025-02-16, a/b,10,1ed7e7f", "model: has spaces around it")]
    [InlineData("2025-02-16,a/b,10,XYZ", "line 2: from_commit: expected a commit hash")]
    [InlineData("2025-02-16,a/b,10", "line 2: expected 4 fields")]
    [InlineData("2025-02-16,\"a/b,10,1ed7e7f", "line 2: field 2: a quoted cell is not closed")]
    public void Weekly_row_errors_name_line_field_and_reason(string row, string expected)
    {
        Assert.Contains(expected, Weekly(WeeklyHeader + row + "\n").Message);
    }

    [Fact]
    public void Weekly_rows_must_be_in_week_order_and_unique()
    {
        Assert.Contains("line 3: week_end: 2025-02-09 comes after 2025-02-16",
            Weekly(WeeklyHeader + "2025-02-16,a/b,10,1ed7e7f\n2025-02-09,a/c,10,1ed7e7f\n").Message);
        Assert.Contains("line 3: model: a/b appears twice in the week ending 2025-02-16",
            Weekly(WeeklyHeader + "2025-02-16,a/b,10,1ed7e7f\n2025-02-16,a/b,11,1ed7e7f\n").Message);
    }

    [Fact]
    public void Header_empty_file_and_no_rows_are_errors()
    {
        Assert.Contains("line 1: header: expected \"week_end,model,total_tokens,from_commit\"", Weekly("week,model,tokens,commit\n").Message);
        Assert.Contains("w.csv: the file is empty", Weekly("").Message);
        Assert.Contains("w.csv: no rows after the header", Weekly(WeeklyHeader).Message);
    }

    [Fact]
    public void Invalid_UTF8_is_rejected_with_its_line()
    {
        var bytes = Encoding.UTF8.GetBytes(WeeklyHeader + "2025-02-16,a/b,10,1ed7e7f\n2025-02-16,a/").Concat(new byte[] { 0xC3, 0x28 })
            .Concat(Encoding.UTF8.GetBytes(",10,1ed7e7f\n")).ToArray();
        var e = Assert.Throws<UsageFormatException>(() => OpenRouterWeeklyReader.Read(bytes, "w.csv", Clock));
        Assert.Equal(3, e.Line);
        Assert.Contains("w.csv: line 3: not valid UTF-8 at byte 14", e.Message);
    }

    [Fact]
    public void A_control_character_is_rejected()
    {
        Assert.Contains("line 2: control character U+0000 at column 15", Weekly(WeeklyHeader + "2025-02-16,a/b\0,10,1ed7e7f\n").Message);
        Assert.Contains("line 2: control character U+001B", Weekly(WeeklyHeader + "2025-02-16,a/b\u001b[31m,10,1ed7e7f\n").Message);
    }

    [Fact]
    public void A_BOM_and_CRLF_line_ends_are_accepted()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("week_end,model,total_tokens,from_commit\r\n2025-02-16,a/b:free,10,1ed7e7f\r\n")).ToArray();
        var row = Assert.Single(OpenRouterWeeklyReader.Read(bytes, "w.csv", Clock).Rows);
        Assert.True(row.IsFree);
        Assert.Equal("free", row.Variant);
    }

    private const string GoodVolume = "2025-05-20,Google,\"all products, and \"\"APIs\"\"\",480000000000000,month,480 trillion per month,2025-05-20,https://example.org/a";

    [Fact]
    public void A_quoted_scope_keeps_its_commas_and_quotes()
    {
        var row = Assert.Single(PublishedTokenVolumesReader.Read(Encoding.UTF8.GetBytes(VolumeHeader + GoodVolume + "\n"), "v.csv", Clock));
        Assert.Equal("all products, and \"APIs\"", row.Scope);
        Assert.Equal(VolumePeriod.Month, row.Per);
    }

    [Theory]
    [InlineData("per", "month", "year", "line 2: per: expected minute, day, week, month or quarter, found \"year\"")]
    [InlineData("per", "month", "Month", "per: expected minute")]
    [InlineData("url", "https://example.org/a", "example.org/a", "line 2: source_url: expected an absolute http(s) URL")]
    [InlineData("url", "https://example.org/a", "ftp://example.org/a", "source_url: expected an absolute http(s) URL")]
    [InlineData("tokens", "480000000000000", "4.8e14", "line 2: tokens: expected a whole number")]
    [InlineData("date", ",2025-05-20,https", ",2026-07-01,https", "line 2: statement_date: 2026-07-01 is in the future")]
    [InlineData("date", "2025-05-20,Google", "2025-05-21,Google", "line 2: period_end: 2025-05-21 is after the statement date 2025-05-20")]
    [InlineData("entity", "Google", "", "line 2: entity: is empty")]
    public void Volume_row_errors_name_line_field_and_reason(string what, string from, string to, string expected)
    {
        _ = what;
        var row = ReplaceFirst(GoodVolume, from, to);
        Assert.Contains(expected, Volumes(VolumeHeader + row + "\n").Message);
    }

    private static string ReplaceFirst(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{from} not in the row");
        return text[..at] + to + text[(at + from.Length)..];
    }
}
