using SignalDashboard.Configuration;

namespace SignalDashboard.Tests.Configuration;

/// <summary>Every documented key of config.json (see <see cref="AppConfig"/>) is read into the settings.</summary>
public sealed class ConfigLoaderKeysTests : IDisposable
{
    private readonly ConfigFiles _files = new();

    [Fact]
    public void Reads_every_documented_key()
    {
        _files.Write("""
            {
              // comments and trailing commas are fine
              "store": "/data/sigdash/signals.db",
              "refresh": { "markets": 300, "catalog": "06:00:00", },
              "apiKeys": { "CoinGecko": "CG-demo-key-000000001234" },
              "notifyCommand": ["notify-send", "sigdash"],
              "logLevel": "debug",
            }
            """);

        var result = _files.Load();

        Assert.True(result.FileFound);
        Assert.Equal(_files.Path, result.Path);
        Assert.Empty(result.Warnings);
        var config = result.Config;
        Assert.Equal("/data/sigdash/signals.db", config.Store);
        Assert.Equal(TimeSpan.FromMinutes(5), config.Refresh["markets"]);
        Assert.Equal(TimeSpan.FromHours(6), config.Refresh["catalog"]);
        Assert.Equal("CG-demo-key-000000001234", config.ApiKeys["coingecko"]); // names are case-insensitive: stored lower case
        Assert.Equal(["notify-send", "sigdash"], config.NotifyCommand);
        Assert.Equal("Debug", config.LogLevel); // normalised to the documented spelling
    }

    [Fact]
    public void No_file_means_the_defaults()
    {
        var result = _files.Load();

        Assert.False(result.FileFound);
        Assert.Empty(result.Warnings);
        Assert.Null(result.Config.Store);
        Assert.Empty(result.Config.Refresh);
        Assert.Empty(result.Config.ApiKeys);
        Assert.Null(result.Config.NotifyCommand);
        Assert.Equal("Information", result.Config.LogLevel);
    }

    [Fact]
    public void An_empty_object_means_the_defaults()
    {
        _files.Write("{}");

        var result = _files.Load();

        Assert.True(result.FileFound);
        Assert.Equal(AppConfig.Default with { ApiKeys = result.Config.ApiKeys }, result.Config);
        Assert.Empty(result.Config.ApiKeys);
    }

    public void Dispose() => _files.Dispose();
}
