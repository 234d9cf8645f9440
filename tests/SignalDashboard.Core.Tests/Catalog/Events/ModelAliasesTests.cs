using System.Text.Json;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Bundled;
using SignalDashboard.Core.Catalog.Events;
using SignalDashboard.Core.Catalog.Import;
using SignalDashboard.TestSupport;

namespace SignalDashboard.Core.Tests.Catalog.Events;

public sealed class ModelAliasesTests
{
    private static string AliasFile => Path.Combine(RepoPaths.Feeds, ModelAliasReader.RelativePath);

    private static readonly Lazy<ModelAliases> Bundled = new(() => ReaderFiles.Load(AliasFile, ModelAliasReader.Read));

    [Theory]
    [InlineData("anthropic", "claude-opus-4-6", "anthropic/claude-opus-4-6")]             // genai-prices
    [InlineData("anthropic", "claude-opus-4.6", "anthropic/claude-opus-4-6")]
    [InlineData("anthropic", "anthropic/claude-opus-4.6", "anthropic/claude-opus-4-6")]   // a path that repeats the provider
    [InlineData("openrouter", "anthropic/claude-opus-4.6", "openrouter/anthropic/claude-opus-4-6")]  // genai-prices' openrouter: OpenRouter's listing
    [InlineData("openrouter", "openrouter/anthropic/claude-opus-4.6", "openrouter/anthropic/claude-opus-4-6")] // LiteLLM style
    [InlineData(" Anthropic ", "Claude-Opus-4.6", "anthropic/claude-opus-4-6")]
    [InlineData("minimax", "MiniMax-M2", "minimax/minimax-m2")]
    [InlineData("openai", "gpt-5.2", "openai/gpt-5-2")]
    [InlineData("openai", "gpt-4o-mini-2024-07-18.ft-", "openai/gpt-4o-mini-2024-07-18.ft-")] // a dot not between digits stays
    [InlineData("aws", "amazon.nova-lite-v1:0", "aws/amazon.nova-lite-v1:0")]
    [InlineData("meta-llama", "llama-3.3-70b-instruct", "meta/llama-3-3-70b-instruct")]    // OpenRouter's catalog, read
    [InlineData("openrouter", "meta-llama/llama-3.3-70b-instruct", "openrouter/meta-llama/llama-3-3-70b-instruct")]
    [InlineData("meta-ai", "muse-spark-1.2", "meta/muse-spark-1-2")]
    [InlineData("x-ai", "grok-4.3", "xai/grok-4-3")]
    [InlineData("xai", "grok-4.3", "xai/grok-4-3")]
    [InlineData("x-ai", "x-ai/grok-4.3", "xai/grok-4-3")]
    [InlineData("mistralai", "pixtral-12b", "mistral/pixtral-12b")]
    [InlineData("moonshot-ai", "kimi-k2-thinking", "moonshotai/kimi-k2-thinking")]
    [InlineData("z-ai", "glm-4.7", "zhipuai/glm-4-7")]
    [InlineData("zhipuai", "GLM-4.7", "zhipuai/glm-4-7")]
    [InlineData("gemini", "gemini/gemini-2.5-pro", "google/gemini-2-5-pro")]
    [InlineData("google", "models/gemini-2.5-pro", "google/gemini-2-5-pro")]            // "models/" is a path, not a vendor
    [InlineData("fireworks", "accounts/fireworks/models/yi-large", "fireworks/accounts/fireworks/models/yi-large")] // the id as spelled
    [InlineData("doubleword", "deepseek-ai/DeepSeek-V4-Pro", "doubleword/deepseek-ai/deepseek-v4-pro")] // doubleword's offering, not deepseek's
    public void Rules(string provider, string model, string canonical) =>
        Assert.Equal(canonical, ModelAliases.Rules.Canonical(provider, model).ToString());

    [Theory]
    [InlineData("deepseek", "deepseek-r1:free", "deepseek/deepseek-r1:free")]  // a free variant is another offering
    [InlineData("anthropic", "claude-3.5-sonnet:beta", "anthropic/claude-3-5-sonnet:beta")]
    [InlineData("openai", "gpt-4o:extended", "openai/gpt-4o:extended")]
    [InlineData("anthropic", "claude-sonnet-4-20250514", "anthropic/claude-sonnet-4-20250514")] // dates: only by an explicit alias
    [InlineData("anthropic", "claude-4.5-haiku", "anthropic/claude-4-5-haiku")]            // word order: only by an explicit alias
    [InlineData("openrouter", "~anthropic/claude-opus-latest", "openrouter/~anthropic/claude-opus-latest")]
    public void What_the_rules_leave_alone(string provider, string model, string canonical) =>
        Assert.Equal(canonical, ModelAliases.Rules.Canonical(provider, model).ToString());

    [Fact]
    public void The_issue_example_maps_to_one_key()
    {
        // OpenRouter's catalog names the vendor in the id; its reader files the model under it.
        var openRouter = OpenRouterReader.Read("""{"data": [{"id": "anthropic/claude-opus-4.6", "pricing": {}}]}""", new DateOnly(2026, 3, 23), "models.json").Entries.Single();

        Assert.Equal(
            ModelAliases.Rules.Canonical("anthropic", "claude-opus-4-6"),     // genai-prices, provider anthropic
            ModelAliases.Rules.Canonical(openRouter.Provider, openRouter.Model));
    }

    [Theory]
    [InlineData("doubleword", "Qwen/Qwen3-14B-FP8", "doubleword", "qwen/qwen3-14b-fp8")]
    [InlineData("evilprov", "=cmd|'/c calc'!A0", "evilprov", "=cmd|'/c calc'!a0")]
    [InlineData("together", "meta-llama/Llama-3.3-70B-Instruct-Turbo", "together", "meta-llama/llama-3-3-70b-instruct-turbo")]
    [InlineData("huggingface_novita", "deepseek-ai/DeepSeek-R1", "huggingface_novita", "deepseek-ai/deepseek-r1")]
    public void The_provider_is_the_one_the_source_names_whatever_the_model_id_holds(string provider, string model, string canonicalProvider, string canonicalModel) =>
        Assert.Equal(new ModelKey(canonicalProvider, canonicalModel), ModelAliases.Rules.Canonical(provider, model));

    [SkippableFact]
    public void No_real_genai_prices_model_is_filed_under_a_provider_its_source_does_not_name()
    {
        var path = RepoPaths.SharedFile("catalogs", "genai-prices", "data-2026-07-15.json");
        var snapshot = GenaiPricesReader.Read(File.ReadAllText(path), new DateOnly(2026, 7, 15), path);
        var withPaths = snapshot.Entries.Where(e => e.Model.Contains('/')).ToList();

        Assert.Equal(807, withPaths.Count); // doubleword, together, novita, huggingface_*, groq, openrouter …
        Assert.All(snapshot.Entries, e => Assert.Equal(ModelAliases.NormalizeProvider(e.Provider), ModelAliases.Rules.Canonical(e.Provider, e.Model).Provider));
        Assert.Contains(snapshot.Entries, e => (e.Provider, e.Model) == ("doubleword", "Qwen/Qwen3-14B-FP8"));
        // With the bundled aliases too, but for the reseller listings an entry there joins to the vendor's model.
        var joined = Bundled.Value.Entries.Where(a => ModelAliases.NormalizeProvider(a.Provider) != a.Canonical.Provider)
            .Select(a => ModelAliases.Normalize(a.Provider, a.Model)).ToHashSet();
        Assert.All(snapshot.Entries.Where(e => !joined.Contains(ModelAliases.Normalize(e.Provider, e.Model))),
            e => Assert.Equal(ModelAliases.NormalizeProvider(e.Provider), Bundled.Value.Canonical(e.Provider, e.Model).Provider));
        var rows = SourceDisagreement.Compare([snapshot], Bundled.Value);
        Assert.DoesNotContain(rows, r => r.Canonical.Provider == "qwen" && r.Listings.Any(l => l.Provider == "doubleword"));
    }

    [Fact]
    public void A_reseller_listing_joins_the_vendor_s_model_only_through_an_explicit_alias()
    {
        var aliases = new ModelAliases([new ModelAlias("openrouter", "anthropic/claude-opus-4.6", new ModelKey("anthropic", "claude-opus-4-6"))]);

        Assert.Equal(new ModelKey("anthropic", "claude-opus-4-6"), aliases.Canonical("openrouter", "anthropic/claude-opus-4.6"));
        Assert.Equal(new ModelKey("openrouter", "anthropic/claude-opus-4-5"), aliases.Canonical("openrouter", "anthropic/claude-opus-4.5"));
    }

    [Fact]
    public void Explicit_aliases_apply_after_the_rules_to_every_spelling()
    {
        var aliases = new ModelAliases([new ModelAlias("anthropic", "claude-sonnet-4-20250514", new ModelKey("anthropic", "claude-sonnet-4"))]);

        Assert.Equal(new ModelKey("anthropic", "claude-sonnet-4"), aliases.Canonical("anthropic", "claude-sonnet-4-20250514"));
        Assert.Equal(new ModelKey("anthropic", "claude-sonnet-4"), aliases.Canonical("anthropic", "anthropic/Claude-Sonnet-4-20250514"));
        Assert.Equal(new ModelKey("anthropic", "claude-sonnet-4"), aliases.Canonical(new ModelKey("anthropic", "claude-sonnet-4")));
        Assert.Equal(new ModelKey("google", "claude-sonnet-4-20250514"), aliases.Canonical("google", "claude-sonnet-4-20250514")); // other provider
    }

    [Fact]
    public void Bad_explicit_aliases_are_rejected()
    {
        Assert.Contains("not in normal form; write \"anthropic/claude-opus-4-6\"",
            Assert.Throws<ArgumentException>(() => new ModelAliases([new ModelAlias("a", "b", new ModelKey("Anthropic", "claude-opus-4.6"))])).Message);
        Assert.Contains("the rules already map it",
            Assert.Throws<ArgumentException>(() => new ModelAliases([new ModelAlias("anthropic", "anthropic/claude-opus-4.6", new ModelKey("anthropic", "claude-opus-4-6"))])).Message);
        Assert.Contains("the same model as the alias for anthropic/claude-4.5-haiku",
            Assert.Throws<ArgumentException>(() => new ModelAliases(
            [
                new ModelAlias("anthropic", "claude-4.5-haiku", new ModelKey("anthropic", "claude-haiku-4-5")),
                new ModelAlias("anthropic", "claude-4-5-haiku", new ModelKey("anthropic", "claude-haiku-4-5")),
            ])).Message);
        Assert.Contains("is itself an alias",
            Assert.Throws<ArgumentException>(() => new ModelAliases(
            [
                new ModelAlias("anthropic", "claude-opus-4-0", new ModelKey("anthropic", "claude-opus-4")),
                new ModelAlias("anthropic", "claude-4-opus", new ModelKey("anthropic", "claude-opus-4-0")),
            ])).Message);
    }

    // ----- the reader -----

    [Fact]
    public void Reader_reads_entries_with_comments_and_notes()
    {
        var aliases = ModelAliasReader.Read("""
            // comment
            [
              { "provider": "anthropic", "model": "claude-4.5-haiku", "canonical": "anthropic/claude-haiku-4-5", "note": "llm-prices" },
              { "provider": "xai", "model": "grok-4-0709", "canonical": "xai/grok-4", },
            ]
            """, "aliases.json");

        Assert.Equal(2, aliases.Entries.Count);
        Assert.Equal("llm-prices", aliases.Entries[0].Note);
        Assert.Equal(new ModelKey("xai", "grok-4"), aliases.Canonical("x-ai", "grok-4-0709"));
    }

    [Theory]
    [InlineData("[", "aliases.json: line 1: not valid JSON")]
    [InlineData("{}", "aliases.json: $: expected an array of aliases, found an object")]
    [InlineData("[1]", "aliases.json: $[0]: expected an object, found the number 1")]
    [InlineData("""[{"model": "m", "canonical": "p/m2"}]""", "aliases.json: $[0]: missing \"provider\"")]
    [InlineData("""[{"provider": "p", "model": 3, "canonical": "p/m2"}]""", "aliases.json: $[0].model: expected a string, found the number 3")]
    [InlineData("""[{"provider": " ", "model": "m", "canonical": "p/m2"}]""", "aliases.json: $[0].provider: must not be empty")]
    [InlineData("""[{"provider": "p", "model": "m", "canonical": "m2"}]""", "aliases.json: $[0].canonical: expected \"provider/model\", found \"m2\"")]
    [InlineData("""[{"provider": "p", "model": "m", "canonical": "p/m2", "canonnical": "x"}]""", "aliases.json: $[0].canonnical: unknown key")]
    [InlineData("""[{"provider": "p", "model": "m", "canonical": "p/m2", "note": 1}]""", "aliases.json: $[0].note: expected a string")]
    [InlineData("""[{"provider": "p", "model": "m", "canonical": "p/M.2"}]""", "aliases.json: $[0]: canonical \"p/M.2\" is not in normal form; write \"p/m.2\"")]
    [InlineData("""[{"provider": "p", "model": "M", "canonical": "p/m"}]""", "aliases.json: $[0]: the rules already map it")]
    [InlineData("""[{"provider": "p", "model": "a", "canonical": "p/m"}, {"provider": "P", "model": "A", "canonical": "p/n"}]""", "aliases.json: $[1]: the same model as the alias for p/a (after normalization) at $[0]")]
    [InlineData("""[{"provider": "p", "model": "a", "canonical": "p/b"}, {"provider": "p", "model": "b", "canonical": "p/c"}]""", "aliases.json: $[0].canonical: \"p/b\" is itself an alias (at $[1], of \"p/c\"); point to \"p/c\"")]
    public void Reader_reports_the_file_the_json_path_and_the_reason(string json, string expected)
    {
        var e = Assert.Throws<CatalogFormatException>(() => ModelAliasReader.Read(json, "aliases.json"));
        Assert.StartsWith(expected, e.Message);
        Assert.Equal("aliases.json", e.File);
    }

    // ----- the bundled file and the real catalogs -----

    [Fact]
    public void The_bundled_alias_file_reads_and_sits_outside_the_catalog_documents()
    {
        Assert.NotEmpty(Bundled.Value.Entries);
        Assert.Empty(Directory.GetFiles(Path.Combine(RepoPaths.Feeds, "catalog"), "alias*.json")); // a *.json there would be read as a catalog document
        Assert.Equal(new ModelKey("anthropic", "claude-haiku-4-5"), Bundled.Value.Canonical("anthropic", "claude-4.5-haiku"));
        Assert.Equal(new ModelKey("anthropic", "claude-sonnet-4-5"), Bundled.Value.Canonical("anthropic", "claude-sonnet-4-5-20250929"));
        Assert.Equal(new ModelKey("anthropic", "claude-3-5-haiku"), Bundled.Value.Canonical(new ModelKey("anthropic", "claude-3-5-haiku-latest"))); // a bundled catalog key
    }

    [SkippableFact]
    public void Provider_aliases_join_the_real_provider_ids_of_the_catalogs()
    {
        var genai = GenaiIds(RepoPaths.SharedFile("catalogs", "genai-prices", "data-2026-07-15.json"));
        var llm = LlmPricesIds(RepoPaths.SharedFile("catalogs", "llm-prices"));
        var openRouterVendors = genai["openrouter"].Where(id => id.Contains('/')).Select(id => id[..id.IndexOf('/')]).ToHashSet();

        // Each pair: two real spellings of one provider, from the files themselves.
        (string Spelling, bool Present)[][] groups =
        [
            [("x-ai", genai.ContainsKey("x-ai")), ("xai", llm.ContainsKey("xai")), ("x-ai", openRouterVendors.Contains("x-ai"))],
            [("moonshotai", genai.ContainsKey("moonshotai")), ("moonshot-ai", llm.ContainsKey("moonshot-ai")), ("moonshotai", openRouterVendors.Contains("moonshotai"))],
            [("mistral", genai.ContainsKey("mistral")), ("mistral", llm.ContainsKey("mistral")), ("mistralai", openRouterVendors.Contains("mistralai"))],
            [("meta-ai", llm.ContainsKey("meta-ai")), ("meta-llama", openRouterVendors.Contains("meta-llama"))],
            [("zhipuai", genai.ContainsKey("zhipuai")), ("z-ai", openRouterVendors.Contains("z-ai"))],
            [("google", genai.ContainsKey("google")), ("google", llm.ContainsKey("google")), ("google", openRouterVendors.Contains("google"))],
        ];
        foreach (var group in groups)
        {
            Assert.All(group, g => Assert.True(g.Present, $"{g.Spelling} is not in the real files"));
            Assert.Single(group.Select(g => ModelAliases.NormalizeProvider(g.Spelling)).Distinct());
        }
    }

    [SkippableFact]
    public void Real_spellings_of_one_model_in_genai_prices_llm_prices_and_openrouter_meet()
    {
        var genai = GenaiIds(RepoPaths.SharedFile("catalogs", "genai-prices", "data-2026-07-15.json"));
        var llm = LlmPricesIds(RepoPaths.SharedFile("catalogs", "llm-prices"));
        var aliases = Bundled.Value;

        // ("openrouter", id): an id of OpenRouter's own catalog (genai-prices' openrouter provider lists OpenRouter's
        // ids, so the real file shows it exists), filed as OpenRouterReader files it: under the vendor it names.
        (string Source, string Provider, string Model)[][] sameModel =
        [
            [("genai", "anthropic", "claude-opus-4-6"), ("openrouter", "openrouter", "anthropic/claude-opus-4.6"), ("llm", "anthropic", "claude-opus-4-6")],
            [("genai", "anthropic", "claude-haiku-4-5"), ("openrouter", "openrouter", "anthropic/claude-haiku-4.5"), ("llm", "anthropic", "claude-4.5-haiku")],
            [("genai", "anthropic", "claude-opus-4-0"), ("openrouter", "openrouter", "anthropic/claude-opus-4"), ("llm", "anthropic", "claude-opus-4")],
            [("genai", "anthropic", "claude-3-7-sonnet-latest"), ("openrouter", "openrouter", "anthropic/claude-3.7-sonnet"), ("llm", "anthropic", "claude-3.7-sonnet")],
            [("genai", "google", "gemini-3.1-pro-preview"), ("openrouter", "openrouter", "google/gemini-3.1-pro-preview"), ("llm", "google", "gemini-3-1-pro-preview")],
            [("genai", "x-ai", "grok-4.3"), ("openrouter", "openrouter", "x-ai/grok-4.3"), ("llm", "xai", "grok-4.3")],
            [("genai", "moonshotai", "kimi-k2-thinking"), ("openrouter", "openrouter", "moonshotai/kimi-k2-thinking"), ("llm", "moonshot-ai", "kimi-k2-thinking")],
            [("genai", "minimax", "MiniMax-M2"), ("openrouter", "openrouter", "minimax/minimax-m2"), ("llm", "minimax", "minimax-m2")],
            [("genai", "mistral", "pixtral-12b"), ("openrouter", "openrouter", "mistralai/pixtral-12b"), ("llm", "mistral", "pixtral-12b")],
            [("genai", "openai", "gpt-5.2"), ("openrouter", "openrouter", "openai/gpt-5.2"), ("llm", "openai", "gpt-5.2")],
            [("openrouter", "openrouter", "amazon/nova-micro-v1"), ("llm", "amazon", "amazon-nova-micro")],
        ];
        foreach (var spellings in sameModel)
        {
            foreach (var (source, provider, model) in spellings)
            {
                var ids = source == "llm" ? llm : genai;
                Assert.True(ids.TryGetValue(provider, out var models) && models.Contains(model), $"{source} has no {provider}/{model}");
            }
            var keys = spellings.Select(s => s.Source == "openrouter" ? AsOpenRouterFilesIt(aliases, s.Model) : aliases.Canonical(s.Provider, s.Model)).Distinct().ToList();
            Assert.True(keys.Count == 1, $"{string.Join(", ", spellings.Select(s => $"{s.Provider}/{s.Model}"))} → {string.Join(", ", keys)}");
        }

        // genai-prices' own openrouter listing is OpenRouter's price: the rules file it under openrouter, apart from the
        // vendor's; deepseek-chat, which OpenRouter sells at its own price, stays apart with the bundled aliases too.
        Assert.NotEqual(ModelAliases.Rules.Canonical("anthropic", "claude-opus-4-6"), ModelAliases.Rules.Canonical("openrouter", "anthropic/claude-opus-4.6"));
        Assert.NotEqual(aliases.Canonical("deepseek", "deepseek-chat"), aliases.Canonical("openrouter", "deepseek/deepseek-chat"));
        Assert.Contains("deepseek/deepseek-chat", genai["openrouter"]);

        // And distinct offerings stay apart: the free variant, the fast variant, the 200k-context price.
        Assert.NotEqual(aliases.Canonical("openrouter", "anthropic/claude-opus-4.6"), aliases.Canonical("openrouter", "anthropic/claude-opus-4.6-fast"));
        Assert.NotEqual(aliases.Canonical("anthropic", "claude-sonnet-4.5"), aliases.Canonical("anthropic", "claude-sonnet-4.5-200k"));
        Assert.Contains("anthropic/claude-opus-4.6-fast", genai["openrouter"]);
        Assert.Contains("claude-sonnet-4.5-200k", llm["anthropic"]);
    }

    private static ModelKey AsOpenRouterFilesIt(ModelAliases aliases, string id)
    {
        var entry = OpenRouterReader.Read($$$"""{"data": [{"id": "{{{id}}}", "pricing": {}}]}""", new DateOnly(2026, 7, 15), "models.json").Entries.Single();
        return aliases.Canonical(entry.Provider, entry.Model);
    }

    [SkippableFact]
    public void Every_reseller_alias_joins_a_listing_priced_as_the_vendor_s_own()
    {
        // An entry that joins a reseller's listing to the vendor's model says they are one offering: in the real data
        // the two must give the same four prices.
        var path = RepoPaths.SharedFile("catalogs", "genai-prices", "data-2026-07-15.json");
        var snapshot = GenaiPricesReader.Read(File.ReadAllText(path), new DateOnly(2026, 7, 15), path);
        var resellers = Bundled.Value.Entries.Where(a => ModelAliases.NormalizeProvider(a.Provider) != a.Canonical.Provider).ToList();
        Assert.NotEmpty(resellers);

        foreach (var alias in resellers)
        {
            var listing = snapshot.Entries.Single(e => ModelAliases.Normalize(e.Provider, e.Model) == ModelAliases.Normalize(alias.Provider, alias.Model));
            var vendor = snapshot.Entries.Single(e => ModelAliases.NormalizeProvider(e.Provider) == alias.Canonical.Provider && Bundled.Value.Canonical(e.Provider, e.Model) == alias.Canonical);
            Assert.True(
                SourceSnapshot.ComparedFields.All(f => listing[f] == vendor[f]),
                $"{alias.Provider} {alias.Model} ({string.Join("/", SourceSnapshot.ComparedFields.Select(f => listing[f]))}) is priced unlike {vendor.Provider} {vendor.Model} ({string.Join("/", SourceSnapshot.ComparedFields.Select(f => vendor[f]))})");
        }
    }

    /// <summary>Throwaway: provider id → model ids of a genai-prices data.json (not the production reader).</summary>
    private static Dictionary<string, HashSet<string>> GenaiIds(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.EnumerateArray().ToDictionary(
            p => p.GetProperty("id").GetString()!,
            p => p.GetProperty("models").EnumerateArray().Select(m => m.GetProperty("id").GetString()!).ToHashSet());
    }

    /// <summary>Throwaway: vendor → model ids of the llm-prices vendor files.</summary>
    private static Dictionary<string, HashSet<string>> LlmPricesIds(string folder) =>
        Directory.GetFiles(folder, "*.json").Select(file =>
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            return (Vendor: document.RootElement.GetProperty("vendor").GetString()!,
                Ids: document.RootElement.GetProperty("models").EnumerateArray().Select(m => m.GetProperty("id").GetString()!).ToHashSet());
        }).ToDictionary(v => v.Vendor, v => v.Ids);
}
