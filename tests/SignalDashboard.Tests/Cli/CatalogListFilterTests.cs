using static SignalDashboard.Tests.Cli.CatalogJson;

namespace SignalDashboard.Tests.Cli;

/// <summary><c>--tier</c> and <c>--provider</c> narrow the list; together they both apply.</summary>
public sealed class CatalogListFilterTests : IDisposable
{
    private readonly TestCli _cli = new();

    [Theory]
    [InlineData("mid")]
    [InlineData("MID")]
    public void Tier_mid_keeps_only_the_mid_models(string tier)
    {
        var names = List(_cli, "--tier", tier).Select(r => r.GetProperty("name").GetString());

        Assert.Equal(
            SeedModel.All.Where(m => m.Tier == "Mid").Select(m => m.Name).Order(),
            names.Order());
    }

    [Theory]
    [InlineData("anthropic")]
    [InlineData("Anthropic")]
    public void Provider_anthropic_keeps_only_anthropic_models(string provider)
    {
        var names = List(_cli, "--provider", provider).Select(r => r.GetProperty("name").GetString());

        Assert.Equal(
            new[] { "Claude Haiku 3.5", "Claude Opus 4", "Claude Opus 4.6", "Claude Sonnet 4.6" },
            names.Order());
    }

    [Fact]
    public void Tier_and_provider_together_keep_the_intersection()
    {
        var names = List(_cli, "--tier", "top", "--provider", "openai").Select(r => r.GetProperty("name").GetString());

        Assert.Equal(new[] { "GPT-5.2 Pro" }, names);
    }

    [Fact]
    public void An_unknown_provider_gives_an_empty_list_not_an_error()
    {
        Assert.Empty(List(_cli, "--provider", "nobody"));
    }

    public void Dispose() => _cli.Dispose();
}
