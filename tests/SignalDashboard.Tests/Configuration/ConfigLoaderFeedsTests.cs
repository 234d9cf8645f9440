using SignalDashboard.Configuration;

namespace SignalDashboard.Tests.Configuration;

/// <summary><c>"feeds": {"autoRefresh", "urls"}</c>, <c>SIGDASH_MARKET_URL_&lt;PROVIDER&gt;</c> and <c>SIGDASH_OFFLINE</c>.</summary>
public sealed class ConfigLoaderFeedsTests : IDisposable
{
    private readonly ConfigFiles _files = new();

    [Fact]
    public void By_default_the_dashboard_refreshes_and_every_provider_has_its_own_url()
    {
        var config = _files.Load().Config;
        Assert.True(config.AutoRefresh);
        Assert.Empty(config.FeedUrls);
    }

    [Fact]
    public void The_file_sets_urls_by_provider_and_turns_auto_refresh_off()
    {
        _files.Write("""{ "feeds": { "autoRefresh": false, "urls": { "Binance": "https://data-api.binance.vision/" } } }""");

        var result = _files.Load();

        Assert.False(result.Config.AutoRefresh);
        Assert.Equal(new Uri("https://data-api.binance.vision/"), result.Config.FeedUrls["binance"]);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void The_environment_overrides_one_url_and_SIGDASH_OFFLINE_turns_auto_refresh_off()
    {
        _files.Write("""{ "feeds": { "urls": { "binance": "https://data-api.binance.vision/", "yahoo": "https://yahoo.mirror/" } } }""");
        _files.Environment["SIGDASH_MARKET_URL_BINANCE"] = "http://127.0.0.1:9/";
        _files.Environment["SIGDASH_OFFLINE"] = "1";

        var config = _files.Load().Config;

        Assert.Equal(new Uri("http://127.0.0.1:9/"), config.FeedUrls["binance"]);
        Assert.Equal(new Uri("https://yahoo.mirror/"), config.FeedUrls["yahoo"]);
        Assert.False(config.AutoRefresh);
    }

    [Theory]
    [InlineData("""{ "feeds": { "urls": { "binance": "ftp://x/" } } }""", "\"feeds\".urls.binance: expected an absolute http or https URL")]
    [InlineData("""{ "feeds": { "autoRefresh": "no" } }""", "\"feeds\".autoRefresh: expected true or false")]
    public void A_bad_value_is_a_one_line_error(string json, string message)
    {
        _files.Write(json);
        var error = Assert.Throws<ConfigException>(() => _files.Load());
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void An_unknown_key_under_feeds_is_a_warning()
    {
        _files.Write("""{ "feeds": { "autorefresh": true } }""");
        Assert.Contains(_files.Load().Warnings, w => w.Contains("\"feeds\".autorefresh: unknown key", StringComparison.Ordinal));
    }

    public void Dispose() => _files.Dispose();
}
