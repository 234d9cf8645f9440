using static SignalDashboard.Tests.Cli.CatalogJson;

namespace SignalDashboard.Tests.Cli;

/// <summary>Derived prices (from a provider's discount policy) are marked as derived; quoted ones are not.</summary>
public sealed class CatalogListDerivedTests : IDisposable
{
    private readonly TestCli _cli = new();

    [Fact]
    public void Opus_4_6_batch_input_is_derived_at_half_the_input()
    {
        var opus = Named(List(_cli), "Claude Opus 4.6");

        Assert.Equal(2.5m, opus.GetProperty("batch_input").GetDecimal());
        Assert.Contains("batch_input", Strings(opus.GetProperty("derived")));
    }

    [Fact]
    public void Sonnet_4_6_batch_input_is_quoted_by_the_seed_so_not_derived()
    {
        var sonnet = Named(List(_cli), "Claude Sonnet 4.6");

        Assert.Equal(1.5m, sonnet.GetProperty("batch_input").GetDecimal());
        Assert.DoesNotContain("batch_input", Strings(sonnet.GetProperty("derived")));
        Assert.Contains("batch_output", Strings(sonnet.GetProperty("derived")));
    }

    [Fact]
    public void A_provider_without_a_policy_has_nothing_derived()
    {
        var gemini = Named(List(_cli), "Gemini 2.5 Pro");

        Assert.Empty(Strings(gemini.GetProperty("derived")));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, gemini.GetProperty("batch_input").ValueKind);
    }

    public void Dispose() => _cli.Dispose();
}
