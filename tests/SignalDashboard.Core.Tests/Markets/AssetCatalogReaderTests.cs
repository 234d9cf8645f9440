using SignalDashboard.Core.Markets;
using SignalDashboard.TestSupport;

namespace SignalDashboard.Core.Tests.Markets;

public sealed class AssetCatalogReaderTests
{
    private static string AssetFile => Path.Combine(RepoPaths.Feeds, AssetCatalogReader.RelativePath);

    [Fact]
    public void The_bundled_file_defines_the_compute_tokens_and_gpu_equities()
    {
        var catalog = ReaderFiles.Load(AssetFile, AssetCatalogReader.Read);
        foreach (var symbol in new[] { "RENDER", "AKT", "IO", "GLM", "TAO", "NVDA", "AMD" })
            Assert.NotNull(catalog.Find(symbol));

        var render = catalog.Find("render")!;
        Assert.Equal(AssetKind.ComputeToken, render.Kind);
        Assert.Equal("render-token", render.IdAt(MarketProviders.CoinGecko));
        Assert.Equal(["coingecko", "binance"], render.Providers);
        Assert.Equal(TimeSpan.FromMinutes(15), render.Refresh);

        var nvda = catalog.Find("NVDA")!;
        Assert.Equal(AssetKind.Equity, nvda.Kind);
        Assert.Equal("nvda.us", nvda.IdAt(MarketProviders.Stooq));
        Assert.Equal(["yahoo", "stooq"], nvda.Providers);
        Assert.Null(nvda.IdAt(MarketProviders.CoinGecko));

        var nos = catalog.Find("NOS")!;
        Assert.Equal("NOSUSD", nos.IdAt(MarketProviders.Kraken));
        Assert.Equal(["coingecko", "kraken"], nos.Providers);
    }

    [Fact]
    public void Crypto_starts_at_coingecko_and_equities_at_yahoo_with_stooq_as_the_keyed_fallback()
    {
        // Stooq's CSV needs an API key since 2026: it cannot be the provider every user depends on.
        foreach (var asset in ReaderFiles.Load(AssetFile, AssetCatalogReader.Read).Assets)
        {
            Assert.Equal(asset.Kind == AssetKind.Equity ? MarketProviders.Yahoo : MarketProviders.CoinGecko, asset.Primary);
            if (asset.Kind == AssetKind.Equity) Assert.Equal(MarketProviders.Stooq, asset.Fallback);
            else Assert.Contains(asset.Fallback, new[] { MarketProviders.Binance, MarketProviders.Kraken });
        }
    }

    private const string Valid = """
        { "format": "sigdash-market-assets", "version": 1, "assets": [
          { "symbol": "X", "name": "X", "kind": "equity", "ids": { "stooq": "x.us", "yahoo": "X" },
            "primary": "stooq", "fallback": "yahoo", "refresh": 3600, "historyDays": 10 } ] }
        """;

    [Fact]
    public void Reads_a_minimal_file()
    {
        var asset = Assert.Single(AssetCatalogReader.Read(Valid, "a.json").Assets);
        Assert.Equal(TimeSpan.FromHours(1), asset.Refresh);
        Assert.Equal(0, asset.HourlyDays);
    }

    [Theory]
    [InlineData("\"kind\": \"equity\"", "\"kind\": \"bond\"", "$.assets[0].kind", "expected computeToken or equity")]
    [InlineData("\"fallback\": \"yahoo\"", "\"fallback\": \"binance\"", "$.assets[0].fallback", "\"binance\" has no id")]
    [InlineData("\"fallback\": \"yahoo\"", "\"fallback\": \"stooq\"", "$.assets[0].fallback", "must differ")]
    [InlineData("\"yahoo\": \"X\"", "\"bloomberg\": \"X\"", "$.assets[0].ids.bloomberg", "unknown provider")]
    [InlineData("\"refresh\": 3600", "\"refresh\": \"soon\"", "$.assets[0].refresh", "expected seconds")]
    [InlineData("\"historyDays\": 10", "\"historyDays\": 0", "$.assets[0].historyDays", "must be positive")]
    [InlineData("\"symbol\": \"X\"", "\"symbol\": \"x-y\"", "$.assets[0].symbol", "upper-case")]
    [InlineData("\"version\": 1", "\"version\": 2", "$.version", "newer")]
    public void Errors_name_the_file_and_the_json_path(string from, string to, string path, string reason)
    {
        var e = Assert.Throws<MarketDataException>(() => AssetCatalogReader.Read(Valid.Replace(from, to), "assets.json"));
        Assert.Equal("assets.json", e.Origin);
        Assert.Equal(path, e.Position);
        Assert.Contains(reason, e.Reason);
    }

    [Fact]
    public void A_symbol_twice_is_an_error()
    {
        var twice = Valid.Replace("} ] }", "}, { \"symbol\": \"x\", \"name\": \"X\", \"kind\": \"equity\", \"ids\": { \"stooq\": \"x.us\" }, \"primary\": \"stooq\", \"refresh\": 60, \"historyDays\": 1 } ] }");
        var e = Assert.Throws<MarketDataException>(() => AssetCatalogReader.Read(twice, "assets.json"));
        Assert.Equal("$.assets[1].symbol", e.Position);
    }

    [Fact]
    public void Truncated_json_names_the_line()
    {
        var e = Assert.Throws<MarketDataException>(() => AssetCatalogReader.Read(Valid[..60], "assets.json"));
        Assert.StartsWith("line ", e.Position);
    }
}
