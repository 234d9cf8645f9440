using System.Security.Cryptography;
using SignalDashboard.Core.Catalog;

namespace SignalDashboard.Storage.Tests;

/// <summary>A clock that stands still until moved.</summary>
internal sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

internal static class Fixtures
{
    public static readonly DateTimeOffset T0 = new(2026, 3, 19, 10, 11, 12, TimeSpan.Zero);

    public static readonly PriceSource Seed = new("seed", "Seed article", "https://example.com/seed");
    public static readonly PriceSource Snapshot = new("snap", "A snapshot");

    public static DateOnly Day(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    public static PriceQuote Quote(PriceField field, decimal value, string from, PriceSource? source = null, DateCertainty certainty = DateCertainty.Observed) =>
        new(field, value, Day(from), source ?? Seed, certainty);

    public static CatalogModel Model(string provider, string id, params PriceQuote[] quotes) =>
        new(new ModelKey(provider, id), $"{provider} {id}", OpenWeights: false, ContextWindow: null, TokenizerFamily: null, Supersedes: null, quotes);

    /// <summary>A small catalog that uses every stored feature: nulls and values, lineage, history, policies.</summary>
    public static ModelCatalog Small() => new(
        [
            new CatalogModel(new ModelKey("anthropic", "claude-opus-4"), "Claude Opus 4", false, 200_000, "claude", null,
                [Quote(PriceField.Input, 15m, "2025-05-22", Seed, DateCertainty.Announced), Quote(PriceField.Output, 75m, "2025-05-22", Seed, DateCertainty.Announced)]),
            new CatalogModel(new ModelKey("anthropic", "claude-opus-4-6"), "Claude Opus 4.6", false, 1_000_000, "claude", new ModelKey("anthropic", "claude-opus-4"),
                [Quote(PriceField.Input, 5m, "2026-02-05", Seed, DateCertainty.Exact), Quote(PriceField.Output, 25m, "2026-02-05", Seed, DateCertainty.Exact),
                 Quote(PriceField.CacheWrite, 6.25m, "2026-02-05", Snapshot)]),
            new CatalogModel(new ModelKey("meta", "llama-4"), "Llama 4", true, null, null, null,
                [Quote(PriceField.Input, 0m, "2026-03-19"), Quote(PriceField.Output, 0m, "2026-03-19")]),
            new CatalogModel(new ModelKey("openai", "gpt-4.1-nano"), "GPT-4.1 Nano", false, 1_000_000, "o200k_base", null,
                [Quote(PriceField.Input, 0.05m, "2026-03-19"), Quote(PriceField.Input, 0.10m, "2025-04-14", Snapshot, DateCertainty.Exact)]),
        ],
        [
            new DiscountPolicy("anthropic", 0.5m, 0.1m, Seed),
            new DiscountPolicy("openai", 0.5m, null, Snapshot),
        ]);

    /// <summary>The same content as a catalog file of ours.</summary>
    public const string SmallJson = """
        {
          "format": "sigdash-catalog",
          "version": 1,
          "sources": [
            { "key": "seed", "name": "Seed article", "url": "https://example.com/seed" },
            { "key": "snap", "name": "A snapshot" }
          ],
          "discountPolicies": [
            { "provider": "anthropic", "batchDiscount": 0.5, "cacheReadShareOfInput": 0.1, "source": "seed" }
          ],
          "models": [
            { "provider": "openai", "id": "gpt-4.1-nano", "name": "GPT-4.1 Nano", "contextWindow": 1000000,
              "prices": [ { "from": "2026-03-19", "dateKnown": "observed", "source": "seed", "input": 0.05, "output": 0.40 } ] },
            { "provider": "deepseek", "id": "deepseek-chat", "name": "DeepSeek V3", "openWeights": true,
              "prices": [ { "from": "2026-03-19", "dateKnown": "observed", "source": "seed", "input": 0.28 } ] }
          ]
        }
        """;

    public static string Sha256(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    /// <summary>Every file of a folder with its hash: "nothing changed" means this is equal before and after.</summary>
    public static string FolderState(string folder) => string.Join("\n",
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => $"{Path.GetRelativePath(folder, f)} {Sha256(f)}"));
}
