using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Events;
using static SignalDashboard.Core.Tests.Catalog.Events.Snapshots;

namespace SignalDashboard.Core.Tests.Catalog.Events;

public sealed class SourceDisagreementTests
{
    private static readonly ModelAliases Aliases = new(
    [
        new ModelAlias("anthropic", "claude-4.5-haiku", new ModelKey("anthropic", "claude-haiku-4-5")),
    ]);

    [Fact]
    public void One_row_per_canonical_model_with_every_source_listing()
    {
        var genai = Of("genai-prices", "2026-03-01",
            Entry("anthropic", "claude-opus-4-6", 5, 25, 0.5m, 6.25m),
            Entry("anthropic", "claude-haiku-4-5", 1, 5),
            Entry("openrouter", "anthropic/claude-opus-4.6", 5, 25));
        // OpenRouter's catalog: "anthropic/claude-opus-4.6" as OpenRouterReader files it, under the vendor the id names.
        var openRouter = Of("openrouter", "2026-03-02", Entry("anthropic", "claude-opus-4.6", 5.00m, 25.0m, 0.5m));
        var llm = Of("llm-prices", "2026-02-28", Entry("anthropic", "claude-4.5-haiku", 1, 5), Entry("anthropic", "claude-opus-4-6", 5, 25));

        var rows = SourceDisagreement.Compare([genai, openRouter, llm], Aliases);

        // genai-prices' openrouter listing is OpenRouter's offering, filed under the provider genai-prices names.
        Assert.Equal(["anthropic/claude-haiku-4-5", "anthropic/claude-opus-4-6", "openrouter/anthropic/claude-opus-4-6"], rows.Select(r => r.Canonical.ToString()));
        var opus = rows[1];
        Assert.Equal(
        [
            ("genai-prices", "anthropic", "claude-opus-4-6"),
            ("llm-prices", "anthropic", "claude-opus-4-6"),
            ("openrouter", "anthropic", "claude-opus-4.6"),
        ], opus.Listings.Select(l => (l.Source, l.Provider, l.Model)));
        Assert.Equal(["genai-prices", "llm-prices", "openrouter"], opus.Sources);
        Assert.Empty(opus.DisagreeingFields); // 5 = 5.00; a source that gives no cache price says nothing about it
        Assert.Equal(Day("2026-03-02"), opus.Listings[2].AsOf);
        Assert.Equal(["genai-prices", "llm-prices"], rows[0].Sources);
        Assert.Equal([("genai-prices", "openrouter", "anthropic/claude-opus-4.6")], rows[2].Listings.Select(l => (l.Source, l.Provider, l.Model)));
    }

    [Fact]
    public void Disagreements_are_visible_never_averaged()
    {
        var genai = Of("genai-prices", "2026-03-01", Entry("google", "gemini-2.5-pro", 1.25m, 10, 0.31m));
        var llm = Of("llm-prices", "2026-03-01", Entry("google", "gemini-2.5-pro", 1.25m, 10, 0.125m));
        var litellm = Of("litellm", "2026-03-01", Entry("gemini", "gemini/gemini-2.5-pro", 1.25m, 15));

        var row = Assert.Single(SourceDisagreement.Compare([genai, llm, litellm], ModelAliases.Rules));

        Assert.Equal(new ModelKey("google", "gemini-2-5-pro"), row.Canonical);
        Assert.Equal([PriceField.Output, PriceField.CachedInput], row.DisagreeingFields);
        Assert.False(row.Disagrees(PriceField.Input));
        Assert.Equal([10m, 15m], row.Values(PriceField.Output));
        Assert.Equal((0.125m, 0.31m), row.Range(PriceField.CachedInput));
        Assert.Null(row.Range(PriceField.CacheWrite));
        Assert.Equal(15m, row.Listings.Single(l => l.Source == "litellm")[PriceField.Output]);
    }

    [Fact]
    public void Free_variants_stay_their_own_row()
    {
        var openRouter = Of("openrouter", "2026-03-01",
            Entry("deepseek", "deepseek-r1", 0.55m, 2.19m),       // as OpenRouterReader files deepseek/deepseek-r1
            Entry("deepseek", "deepseek-r1:free", 0, 0));

        var rows = SourceDisagreement.Compare([openRouter], ModelAliases.Rules);

        Assert.Equal(["deepseek/deepseek-r1", "deepseek/deepseek-r1:free"], rows.Select(r => r.Canonical.ToString()));
        Assert.All(rows, r => Assert.Empty(r.DisagreeingFields));
    }

    [Fact]
    public void Two_snapshots_of_one_source_are_an_error_and_latest_picks_one()
    {
        var older = Of("genai-prices", "2026-01-01", Entry("openai", "gpt-4o", 5, 15));
        var newer = Of("genai-prices", "2026-03-01", Entry("openai", "gpt-4o", 2.5m, 10));
        var other = Of("llm-prices", "2026-02-01", Entry("openai", "gpt-4o", 2.5m, 10));

        var e = Assert.Throws<ArgumentException>(() => SourceDisagreement.Compare([older, newer], ModelAliases.Rules));
        Assert.Contains("genai-prices is given 2 times (2026-01-01, 2026-03-01)", e.Message);

        var latest = SourceDisagreement.Latest([other, older, newer]);
        Assert.Equal([newer, other], latest);
        Assert.Empty(Assert.Single(SourceDisagreement.Compare(latest, ModelAliases.Rules)).DisagreeingFields);
    }

    [Fact]
    public void Latest_rejects_two_different_snapshots_on_the_latest_day()
    {
        var a = Of("genai-prices", "2026-03-01", Entry("openai", "gpt-4o", 5, 15));
        var b = Of("genai-prices", "2026-03-01", Entry("openai", "gpt-4o", 2.5m, 10));

        Assert.Throws<ArgumentException>(() => SourceDisagreement.Latest([a, b]));
        Assert.Equal([a], SourceDisagreement.Latest([a, a with { }]));
    }
}
