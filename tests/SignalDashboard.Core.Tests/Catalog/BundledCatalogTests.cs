using SignalDashboard.Core.Catalog;
using SignalDashboard.TestSupport;
using static SignalDashboard.Core.Tests.Catalog.BundledCatalog;

namespace SignalDashboard.Core.Tests.Catalog;

public class BundledCatalogTests
{
    private static ModelCatalog Catalog => Merged;

    /// <summary>
    /// The figures the seed article states (Judy Chen, "AI Inference Pricing Deep Dive — From Free to $21 per Million
    /// Tokens", 2026-03-19, ../shared/seed/000_0e611ef4b99e432a.txt), written out here by hand from the article:
    /// provider, model id, input, output (null where the article gives none), tier by the rule.
    /// </summary>
    public static TheoryData<string, string, decimal, decimal?, Tier> SeedFigures => new()
    {
        // Tier 1 "Free Open-Source": Llama 4 and Gemma 3 have no API fee (self-hosted).
        { "meta", "llama-4", 0m, 0m, Tier.Free },
        { "google", "gemma-3", 0m, 0m, Tier.Free },
        // "$0.28 per million tokens for input": Budget by the rule, though the article lists it with the free models.
        { "deepseek", "deepseek-chat", 0.28m, null, Tier.Budget },
        // Tier 2 "Budget ($0.05 - $0.80)".
        { "openai", "gpt-4.1-nano", 0.05m, null, Tier.Budget },
        { "openai", "gpt-4o-mini", 0.15m, null, Tier.Budget },
        { "anthropic", "claude-3-5-haiku-latest", 0.80m, null, Tier.Budget },
        // Tier 3 "Mid-Tier Workhorses ($1 - $5)"; Opus 4.6 is "$5 / $25".
        { "google", "gemini-2.5-pro", 1.25m, null, Tier.Mid },
        { "openai", "gpt-5.2", 1.75m, null, Tier.Mid },
        { "openai", "gpt-4.1", 2.00m, null, Tier.Mid },
        { "anthropic", "claude-sonnet-4-6", 3.00m, null, Tier.Mid },
        { "anthropic", "claude-opus-4-6", 5.00m, 25m, Tier.Mid },
        // Tier 4 "Top-Tier Reasoning ($5 - $21)": Opus 4 "$15 input / $75 output", GPT-5.2 Pro "$21 input / $168 output".
        { "anthropic", "claude-opus-4", 15m, 75m, Tier.Top },
        { "openai", "gpt-5.2-pro", 21m, 168m, Tier.Top },
    };

    [Theory]
    [MemberData(nameof(SeedFigures))]
    public void Every_seed_model_has_the_seed_figures_in_effect(string provider, string id, decimal input, decimal? output, Tier tier)
    {
        var model = Model(provider, id);
        var sheet = Catalog.SheetOn(model, Catalog.LatestDay);

        Assert.Equal(input, sheet[PriceField.Input]?.UsdPerMillion);
        Assert.Equal(SeedSource, sheet[PriceField.Input]!.Source.Key);
        if (output is { } expectedOutput)
        {
            Assert.Equal(expectedOutput, sheet[PriceField.Output]?.UsdPerMillion);
            Assert.Equal(SeedSource, sheet[PriceField.Output]!.Source.Key);
        }
        Assert.Equal(tier, sheet.Tier);
    }

    [Fact]
    public void The_catalog_holds_exactly_the_seed_models()
    {
        var expected = SeedFigures.Select(row => $"{row[0]}/{row[1]}").Order(StringComparer.Ordinal).ToList();

        Assert.Equal(expected, Catalog.Models.Select(m => m.Key.ToString()).Order(StringComparer.Ordinal).ToList());
    }

    [Theory]
    [InlineData("meta", "llama-4", true)]
    [InlineData("google", "gemma-3", true)]
    [InlineData("deepseek", "deepseek-chat", true)]
    [InlineData("openai", "gpt-4.1", false)]
    [InlineData("anthropic", "claude-opus-4-6", false)]
    public void Open_weights_are_marked(string provider, string id, bool openWeights) =>
        Assert.Equal(openWeights, Model(provider, id).OpenWeights);

    [Fact]
    public void Sonnet_4_6_batch_input_is_the_seed_figure_not_a_derived_one()
    {
        // "running Claude Sonnet 4.6 through Batch API drops input from $3.00 to $1.50"
        var batch = Catalog.SheetOn(Model("anthropic", "claude-sonnet-4-6"), Catalog.LatestDay)[PriceField.BatchInput]!;

        Assert.Equal(1.50m, batch.UsdPerMillion);
        Assert.False(batch.IsDerived);
        Assert.Equal(SeedSource, batch.Source.Key);
    }

    [Fact]
    public void Discount_policies_are_the_seed_ones()
    {
        // "Both Anthropic and OpenAI's Batch API discount is 50%"; Anthropic cache hits "at 10% of standard input price".
        var anthropic = Catalog.PolicyFor("anthropic")!;
        var openai = Catalog.PolicyFor("openai")!;

        Assert.Equal((0.5m, 0.1m, SeedSource), (anthropic.BatchDiscount, anthropic.CacheReadShareOfInput, anthropic.Source.Key));
        Assert.Equal((0.5m, (decimal?)null, SeedSource), (openai.BatchDiscount, openai.CacheReadShareOfInput, openai.Source.Key));
        Assert.Equal(2, Catalog.Policies.Count);
    }

    [Fact]
    public void Opus_4_to_4_6_is_a_two_thirds_cut()
    {
        // "Its predecessor Opus 4 was $15 input / $75 output. Now version 4.6 drops to $5 / $25" (about 67% cheaper).
        var opus46 = Model("anthropic", "claude-opus-4-6");

        var input = Catalog.LastChange(opus46, PriceField.Input)!;
        var output = Catalog.LastChange(opus46, PriceField.Output)!;

        Assert.True(input.IsSuccession);
        Assert.Equal(new ModelKey("anthropic", "claude-opus-4"), input.From);
        Assert.Equal((15m, 5m), (input.Old, input.New));
        Assert.Equal(-66.67m, Math.Round(input.ChangePercent!.Value, 2));
        Assert.Equal(SeedSource, input.Source.Key);
        Assert.Equal((75m, 25m), (output.Old, output.New));
        Assert.Equal(-66.67m, Math.Round(output.ChangePercent!.Value, 2));
        Assert.True(Model("anthropic", "claude-opus-4").History(PriceField.Input).First().EffectiveFrom < input.Day);
    }

    [Fact]
    public void Every_source_referenced_is_declared_and_every_declared_source_is_used()
    {
        var declared = Documents.SelectMany(d => d.Document.Sources).ToList();
        var used = Catalog.Models.SelectMany(m => m.Quotes).Select(q => q.Source)
            .Concat(Catalog.Policies.Select(p => p.Source))
            .Distinct()
            .ToList();

        Assert.All(used, source => Assert.Contains(source, declared));
        Assert.All(declared, source => Assert.Contains(source, used));
    }

    [Fact]
    public void Every_supersedes_link_points_at_a_model_in_the_catalog()
    {
        var links = Catalog.Models.Where(m => m.Supersedes is not null).ToList();

        Assert.NotEmpty(links);
        Assert.All(links, m => Assert.NotNull(Catalog.Find(m.Supersedes!.Value)));
    }

    [Fact]
    public void A_figure_the_seed_states_comes_from_the_seed_and_no_other_source_on_or_after_it()
    {
        foreach (var model in Catalog.Models)
        {
            foreach (var seedQuote in model.Quotes.Where(q => q.Source.Key == SeedSource))
            {
                var later = model.History(seedQuote.Field).Where(q => q.EffectiveFrom >= seedQuote.EffectiveFrom && q != seedQuote);
                Assert.Empty(later);
            }
        }
    }

    [SkippableFact]
    public void Every_snapshot_figure_equals_the_snapshot()
    {
        var quotes = Catalog.Models
            .SelectMany(m => m.Quotes.Select(q => (m.Key, Quote: q)))
            .Where(x => x.Quote.Source.Key.StartsWith("genai-prices-", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(quotes);

        foreach (var group in quotes.GroupBy(x => x.Quote.Source.Key))
        {
            var date = group.Key["genai-prices-".Length..];
            var snapshot = GenaiPricesSnapshot.Load(RepoPaths.SharedFile("catalogs", "genai-prices", $"data-{date}.json"));
            foreach (var (key, quote) in group)
            {
                var model = snapshot.FindModel(key) ?? throw new Xunit.Sdk.XunitException($"{key} is not in the {date} snapshot");
                var expected = GenaiPricesSnapshot.BasePrice(model, quote.Field);
                Assert.True(expected == quote.UsdPerMillion, $"{key} {quote.Field}: catalog {quote.UsdPerMillion}, snapshot {date} {expected?.ToString() ?? "none"}");
                Assert.Equal(DateOnly.ParseExact(date, "yyyy-MM-dd"), quote.EffectiveFrom);
            }
        }
    }

    [SkippableFact]
    public void Every_context_window_equals_the_2026_03_23_snapshot()
    {
        var snapshot = GenaiPricesSnapshot.Load(RepoPaths.SharedFile("catalogs", "genai-prices", "data-2026-03-23.json"));
        var withWindow = Catalog.Models.Where(m => m.ContextWindow is not null).ToList();
        Assert.NotEmpty(withWindow);

        foreach (var model in withWindow)
        {
            var entry = snapshot.FindModel(model.Key) ?? throw new Xunit.Sdk.XunitException($"{model.Key} is not in the snapshot");
            Assert.True(GenaiPricesSnapshot.ContextWindow(entry) == model.ContextWindow, $"{model.Key}: catalog {model.ContextWindow}, snapshot {GenaiPricesSnapshot.ContextWindow(entry)}");
        }
    }
}
