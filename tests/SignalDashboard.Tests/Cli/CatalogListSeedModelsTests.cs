using static SignalDashboard.Tests.Cli.CatalogJson;

namespace SignalDashboard.Tests.Cli;

/// <summary>Given a fresh store, when <c>catalog list --format json</c> runs, then it shows the seed's 13 models as the seed prices them.</summary>
public sealed class CatalogListSeedModelsTests : IDisposable
{
    private readonly TestCli _cli = new();

    [Fact]
    public void Lists_exactly_the_13_seed_models()
    {
        var rows = List(_cli);

        Assert.Equal(
            SeedModel.All.Select(m => $"{m.Provider}/{m.Id} {m.Name}").Order(StringComparer.Ordinal),
            rows.Select(r => $"{r.GetProperty("provider").GetString()}/{r.GetProperty("model").GetString()} {r.GetProperty("name").GetString()}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_model_has_the_seed_input_price_and_the_tier_of_the_rule()
    {
        var rows = List(_cli);

        foreach (var seed in SeedModel.All)
        {
            var row = Named(rows, seed.Name);
            Assert.True(seed.Input == row.GetProperty("input").GetDecimal(), $"{seed.Name}: input {row.GetProperty("input")}, seed says {seed.Input}");
            Assert.True(seed.Tier == row.GetProperty("tier").GetString(), $"{seed.Name}: tier {row.GetProperty("tier")}, rule says {seed.Tier}");
        }
    }

    [Theory]
    [InlineData("Claude Opus 4", 15, 75)]
    [InlineData("Claude Opus 4.6", 5, 25)]
    [InlineData("GPT-5.2 Pro", 21, 168)]
    public void Seed_output_prices_are_shown_with_the_input(string name, int input, int output)
    {
        var row = Named(List(_cli), name);

        Assert.Equal(input, row.GetProperty("input").GetDecimal());
        Assert.Equal(output, row.GetProperty("output").GetDecimal());
    }

    [Fact]
    public void Prices_are_json_numbers_not_strings()
    {
        var row = Named(List(_cli), "GPT-4.1 Nano");

        Assert.Equal(System.Text.Json.JsonValueKind.Number, row.GetProperty("input").ValueKind);
        Assert.Equal("0.05", row.GetProperty("input").GetRawText());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, row.GetProperty("output").ValueKind);
    }

    public void Dispose() => _cli.Dispose();
}
