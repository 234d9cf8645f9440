using SignalDashboard.Core.Usage;

namespace SignalDashboard.Core.Tests.Usage;

public sealed class UsageCsvReaderTests
{
    [Fact]
    public void Reads_columns_in_any_order_with_optional_source_and_sums_duplicates()
    {
        var text = "model,date,requests,input_tokens,output_tokens,cached_tokens,source\n" +
                   "gpt-4o-mini,2026-03-01,10,1000,200,50,work\n" +
                   "\"gpt-4o-mini\",2026-03-01,5,1000,0,0,work\r\n" +
                   "claude-opus-4-6,2026-03-02,1,7,8,9,\n";
        var records = UsageCsvReader.Read(text, "u.csv");

        Assert.Equal(2, records.Count);
        Assert.Equal(new UsageRecord("csv", "claude-opus-4-6", new DateOnly(2026, 3, 2), 7, 8, 9, 1), records[0]);
        Assert.Equal(new UsageRecord("work", "gpt-4o-mini", new DateOnly(2026, 3, 1), 2000, 200, 50, 15), records[1]);
    }

    [Theory]
    [InlineData("date,model,input_tokens,output_tokens,requests\n", "u.csv: line 1: missing column \"cached_tokens\"")]
    [InlineData("date,model,input_tokens,output_tokens,cached_tokens,requests\n2026-13-01,m,1,1,1,1\n", "u.csv: line 2: date: expected YYYY-MM-DD")]
    [InlineData("date,model,input_tokens,output_tokens,cached_tokens,requests\n2026-01-01,m,1,1,1,1\n2026-01-02,m,-5,1,1,1\n", "u.csv: line 3: input_tokens: expected a whole non-negative number, found \"-5\"")]
    [InlineData("date,model,input_tokens,output_tokens,cached_tokens,requests\n2026-01-01,m,1,1,1\n", "u.csv: line 2: expected 6 cells, found 5")]
    [InlineData("date,model,input_tokens,output_tokens,cached_tokens,requests\n\n2026-01-01,,1,1,1,1\n", "u.csv: line 3: model is empty")]
    [InlineData("date,model,input_tokens,output_tokens,cached_tokens,requests,source\n2026-01-01,m,1,1,1,1,demo\n", "source \"demo\" is reserved")]
    [InlineData("date,model,input_tokens,output_tokens,cached_tokens,requests\n", "u.csv: no rows after the header")]
    [InlineData("", "u.csv: the file is empty")]
    public void Errors_name_the_file_the_line_and_the_reason(string text, string message)
    {
        var error = Assert.Throws<UsageFormatException>(() => UsageCsvReader.Read(text, "u.csv"));
        Assert.Contains(message, error.Message);
    }
}
