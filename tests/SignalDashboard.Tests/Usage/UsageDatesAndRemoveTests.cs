using SignalDashboard.Core.Usage;
using SignalDashboard.Storage;
using SignalDashboard.Tests.Cli;

namespace SignalDashboard.Tests.Usage;

/// <summary>
/// A usage row dated outside any real usage is refused on the way in; a store that already holds one (written by an
/// earlier sigdash) still opens, estimates and shows, and <c>usage remove</c> takes the row out.
/// </summary>
public sealed class UsageDatesAndRemoveTests : IDisposable
{
    private readonly TestCli _cli = new();

    private string Csv(params string[] rows)
    {
        var path = _cli.File("usage.csv");
        File.WriteAllText(path, "date,model,input_tokens,output_tokens,cached_tokens,requests,source\n" + string.Join("\n", rows) + "\n");
        return path;
    }

    [Theory]
    [InlineData("9999-12-31", "date: 9999-12-31 is in the future (after 2026-11-28)")]
    [InlineData("2026-12-01", "date: 2026-12-01 is in the future")]
    [InlineData("1970-01-01", "date: 1970-01-01 is before 2020-01-01")]
    public void A_row_dated_where_no_usage_can_be_is_refused_with_its_line_and_nothing_is_stored(string day, string reason)
    {
        var run = _cli.Run("usage", "import", Csv("2026-03-01,gpt-4o-mini,10,1,0,1,team", $"{day},gpt-4o-mini,10,1,0,1,team"));

        var line = run.AssertFailsWithOneLine(1);
        Assert.Contains("usage.csv: line 3:", line);
        Assert.Contains(reason, line);
        Assert.Equal("[]", _cli.Run("usage", "sources", "--format", "json").Out.Trim());
    }

    [Fact]
    public void A_store_holding_a_far_future_row_still_estimates_and_usage_remove_takes_it_out()
    {
        Assert.Equal(0, _cli.Run("usage", "import", Csv(Enumerable.Range(1, 9).Select(d => $"2026-03-0{d},claude-opus-4-6,{1000 + d},10,0,1,team").ToArray())).ExitCode);
        using (var store = SignalStore.Open(_cli.DefaultStore, FixedTime.Default))
            new UsageRepository(store).Save([new UsageRecord("team", "claude-opus-4-6", new DateOnly(9999, 12, 31), 5, 1, 0, 1)]);

        var elasticity = _cli.Run("elasticity", "--source", "team", "--format", "json");
        Assert.True(elasticity.ExitCode == 0, elasticity.ToString()); // it threw ArgumentOutOfRangeException on every run

        var removed = _cli.Run("usage", "remove", "--source", "team", "--from", "9999-01-01");

        Assert.Equal("removed 1 row of team from 9999-01-01 to the last day\n", removed.Out);
        Assert.Contains("\"last\": \"2026-03-09\"", _cli.Run("usage", "sources", "--format", "json").Out);
        Assert.Equal("removed 9 rows of team\n", _cli.Run("usage", "remove", "--source", "team").Out);
        Assert.Contains("no usage source \"team\"", _cli.Run("usage", "remove", "--source", "team").AssertFailsWithOneLine(1));
    }

    public void Dispose() => _cli.Dispose();
}
