using SignalDashboard.Tests.Cli;
using SignalDashboard.TestSupport;

namespace SignalDashboard.Tests.Import;

/// <summary>
/// llm-prices vendor files (<c>data/&lt;vendor&gt;.json</c>) each hold one vendor's history: each is its own source,
/// <c>llm-prices/&lt;vendor&gt;</c>, so importing openai.json after anthropic.json does not read as every Anthropic
/// model removed.
/// </summary>
public sealed class LlmPricesVendorFilesTests : IDisposable
{
    private readonly TestCli _cli = new();

    private CliRun Import(string vendor)
    {
        var run = _cli.Run("catalog", "import", RepoPaths.SharedFile("catalogs", "llm-prices", $"{vendor}.json"), "--as-of", "2026-07-15");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Error);
        return run;
    }

    private List<ExpectedChange> EventsOf(string source) =>
        EventsJson.List(_cli, "--kind", "price").Where(e => EventsJson.String(e, "source") == source).Select(EventsJson.Change).ToList();

    [SkippableFact]
    public void Openai_after_anthropic_removes_no_anthropic_model()
    {
        var anthropic = Import("anthropic");
        Assert.Contains(": llm-prices/anthropic", anthropic.Out);
        var anthropicEvents = EventsOf("llm-prices/anthropic");

        var openai = Import("openai");

        Assert.Contains(": llm-prices/openai", openai.Out);
        Assert.DoesNotContain("llm-prices/anthropic", openai.Out);
        var events = EventsJson.Imported(EventsJson.List(_cli, "--kind", "price"));
        Assert.DoesNotContain(events, e => EventsJson.String(e, "change") == "removed");
        Assert.DoesNotContain(events, e => EventsJson.String(e, "provider") == "anthropic" && EventsJson.String(e, "source") != "llm-prices/anthropic");
        Assert.Equal(["llm-prices/anthropic", "llm-prices/openai"], events.Select(e => EventsJson.String(e, "source")).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(anthropicEvents, EventsOf("llm-prices/anthropic"));
    }

    [SkippableFact]
    public void Each_vendor_file_s_dated_history_becomes_its_own_events()
    {
        Import("anthropic");
        Import("openai");

        // anthropic.json: Claude Sonnet 5 at $2/$10 until 2026-09-01, then $3/$15 (a date after --as-of is kept:
        // the file states it as the scheduled change).
        Assert.Equal(
            [
                new ExpectedChange(new DateOnly(2026, 9, 1), "anthropic", "claude-sonnet-5", "changed", "input", 2m, 3m),
                new ExpectedChange(new DateOnly(2026, 9, 1), "anthropic", "claude-sonnet-5", "changed", "output", 10m, 15m),
            ],
            EventsOf("llm-prices/anthropic").Where(c => c.Model == "claude-sonnet-5"));
        // openai.json: GPT-5.6 Luna cut from $1/$6 to $0.20/$1.20 on 2026-07-30.
        Assert.Contains(
            new ExpectedChange(new DateOnly(2026, 7, 30), "openai", "gpt-5.6-luna", "changed", "input", 1m, 0.2m),
            EventsOf("llm-prices/openai"));
        Assert.All(EventsOf("llm-prices/openai"), c => Assert.Equal("openai", c.Provider));
    }

    [SkippableFact]
    public void Importing_the_vendor_files_again_in_the_other_order_changes_nothing()
    {
        Import("anthropic");
        Import("openai");
        var events = EventsJson.Text(_cli);

        Assert.Contains("already in the store", Import("openai").Out);
        Assert.Contains("already in the store", Import("anthropic").Out);

        Assert.Equal(events, EventsJson.Text(_cli));
    }

    public void Dispose() => _cli.Dispose();
}
