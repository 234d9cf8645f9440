using System.Text.Json;
using SignalDashboard.Tests.Cli;

namespace SignalDashboard.Tests.Usage;

/// <summary>sigdash usage import / usage sources / elasticity / events study, in process over a temp store.</summary>
public sealed class ElasticityCliTests : IDisposable
{
    private readonly TestCli _cli = new();

    public void Dispose() => _cli.Dispose();

    private static JsonElement Json(CliRun run)
    {
        Assert.True(run.ExitCode == 0, run.ToString());
        using var doc = JsonDocument.Parse(run.Out);
        return doc.RootElement.Clone();
    }

    /// <summary>A CSV of gpt-4o-mini usage with a known ε against a price path we give the catalog through the lineage of the demo.</summary>
    private string WriteCsv(string text)
    {
        var path = _cli.File("usage.csv");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Without_usage_the_estimate_is_on_demo_data_and_labelled_so()
    {
        var json = Json(_cli.Run("elasticity", "--format", "json"));

        string[] contract = ["epsilon", "se", "ci_low", "ci_high", "r2", "n", "from", "to", "index", "source"];
        Assert.Equal(contract, json.EnumerateObject().Select(p => p.Name).Take(contract.Length));
        Assert.Equal("demo", json.GetProperty("source").GetString());
        Assert.True(json.GetProperty("demo").GetBoolean());
        Assert.Equal("blended", json.GetProperty("index").GetString());
        var epsilon = json.GetProperty("epsilon").GetDouble();
        Assert.InRange(-1.2, json.GetProperty("ci_low").GetDouble(), json.GetProperty("ci_high").GetDouble());
        Assert.InRange(epsilon, -1.3, -1.1);

        var table = _cli.Run("elasticity");
        Assert.Contains("DEMO", table.Out);
        Assert.Contains("NBER", table.Out);
    }

    [Fact]
    public void Not_estimable_gives_nulls_and_the_reason_never_NaN()
    {
        var json = Json(_cli.Run("elasticity", "--model", "gpt-4.1", "--format", "json"));

        Assert.Equal(JsonValueKind.Null, json.GetProperty("epsilon").ValueKind);
        Assert.Contains("price is constant", json.GetProperty("reason").GetString());
        Assert.True(json.GetProperty("n").GetInt32() > 0);
        Assert.DoesNotContain("NaN", _cli.Run("elasticity", "--model", "gpt-4.1").Out);
    }

    [Fact]
    public void Imported_usage_becomes_the_default_source()
    {
        var lines = new List<string> { "date,model,input_tokens,output_tokens,cached_tokens,requests,source" };
        for (var d = 0; d < 20; d++)
            lines.Add($"2026-03-{10 + d:00},claude-opus-4-6,{1000 + d * 50},{200 + d},0,{10 + d},team");
        var import = _cli.Run("usage", "import", WriteCsv(string.Join("\n", lines)));
        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Contains("imported 20 rows from team: 20 new, 0 replaced", import.Out);

        var sources = Json(_cli.Run("usage", "sources", "--format", "json"));
        Assert.Equal("team", sources[0].GetProperty("source").GetString());

        var json = Json(_cli.Run("elasticity", "--index", "model", "--model", "anthropic/claude-opus-4-6", "--format", "json"));
        Assert.Equal("team", json.GetProperty("source").GetString());
        Assert.False(json.GetProperty("demo").GetBoolean());
        Assert.Equal(20, json.GetProperty("n").GetInt32());
        Assert.Equal("2026-03-10", json.GetProperty("from").GetString());
    }

    [Fact]
    public void A_bad_csv_names_the_line_and_leaves_the_store_unchanged()
    {
        var good = WriteCsv("date,model,input_tokens,output_tokens,cached_tokens,requests\n2026-03-01,gpt-4o-mini,1,1,1,1\n");
        Assert.Equal(0, _cli.Run("usage", "import", good).ExitCode);
        var bad = WriteCsv("date,model,input_tokens,output_tokens,cached_tokens,requests\n2026-03-02,gpt-4o-mini,5,1,1,1\n2026-03-03,gpt-4o-mini,x,1,1,1\n");

        var line = _cli.Run("usage", "import", bad).AssertFailsWithOneLine(1);

        Assert.Contains("usage.csv: line 3: input_tokens", line);
        var sources = Json(_cli.Run("usage", "sources", "--format", "json"));
        Assert.Equal(1, sources[0].GetProperty("rows").GetInt32());
    }

    [Theory]
    [InlineData("--model", "gpt-4o-mini", "--tier", "mid")]
    [InlineData("--index", "tier")]
    [InlineData("--source", "nowhere")]
    [InlineData("--model", "no-such-model")]
    [InlineData("--mix", "3-1")]
    public void Bad_options_fail_with_one_line_and_exit_2(params string[] args)
    {
        _cli.Run(["elasticity", .. args]).AssertFailsWithOneLine(2);
    }

    [Fact]
    public void Event_study_reports_car_pre_mean_and_days_per_event_and_asset()
    {
        var rows = Json(_cli.Run("events", "study", "--window", "3", "--format", "json")).EnumerateArray().ToList();

        Assert.NotEmpty(rows);
        var opus = rows.First(r => r.GetProperty("event").GetString()!.Contains("claude-opus-4-6") && r.GetProperty("asset").GetString() == "NVDA");
        Assert.Equal("2026-03-19", opus.GetProperty("event_day").GetString());
        Assert.True(opus.GetProperty("demo").GetBoolean());
        Assert.Equal(5, opus.GetProperty("days").GetInt32()); // NVDA is an equity: no weekend bars, so ±3 days around Thu 19 March hold Mon 16 – Fri 20
        Assert.Equal(JsonValueKind.Number, opus.GetProperty("car").ValueKind);
        Assert.Equal(JsonValueKind.Number, opus.GetProperty("pre_mean").ValueKind);
    }
}
