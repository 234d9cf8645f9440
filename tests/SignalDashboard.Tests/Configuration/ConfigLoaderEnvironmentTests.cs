namespace SignalDashboard.Tests.Configuration;

/// <summary>SIGDASH_DB, SIGDASH_KEY_&lt;NAME&gt; and SIGDASH_LOG_LEVEL override the file.</summary>
public sealed class ConfigLoaderEnvironmentTests : IDisposable
{
    private readonly ConfigFiles _files = new();

    public ConfigLoaderEnvironmentTests() =>
        _files.Write("""{ "store": "/from/file.db", "apiKeys": { "coingecko": "file-key-0000000000", "openai": "sk-file-000000000000" }, "logLevel": "Warning" }""");

    [Fact]
    public void SIGDASH_DB_overrides_the_store()
    {
        _files.Environment["SIGDASH_DB"] = "/from/env.db";

        Assert.Equal("/from/env.db", _files.Load().Config.Store);
    }

    [Fact]
    public void SIGDASH_KEY_COINGECKO_overrides_that_key_and_keeps_the_others()
    {
        _files.Environment["SIGDASH_KEY_COINGECKO"] = "env-key-111111111111";

        var keys = _files.Load().Config.ApiKeys;

        Assert.Equal("env-key-111111111111", keys["coingecko"]);
        Assert.Equal("sk-file-000000000000", keys["openai"]);
    }

    [Fact]
    public void SIGDASH_KEY_adds_a_key_the_file_does_not_have()
    {
        _files.Environment["SIGDASH_KEY_BINANCE"] = "bn-222222222222";

        Assert.Equal("bn-222222222222", _files.Load().Config.ApiKeys["binance"]);
    }

    [Fact]
    public void SIGDASH_LOG_LEVEL_overrides_the_log_level()
    {
        _files.Environment["SIGDASH_LOG_LEVEL"] = "error";

        Assert.Equal("Error", _files.Load().Config.LogLevel);
    }

    [Fact]
    public void A_bad_SIGDASH_LOG_LEVEL_is_an_error_naming_the_variable()
    {
        _files.Environment["SIGDASH_LOG_LEVEL"] = "loud";

        var error = Assert.Throws<SignalDashboard.Configuration.ConfigException>(() => _files.Load());

        Assert.Contains("SIGDASH_LOG_LEVEL", error.Message);
        Assert.Contains("loud", error.Message);
    }

    [Fact]
    public void Empty_variables_do_not_override()
    {
        _files.Environment["SIGDASH_DB"] = "";
        _files.Environment["SIGDASH_LOG_LEVEL"] = "";
        _files.Environment["SIGDASH_KEY_COINGECKO"] = "";

        var config = _files.Load().Config;

        Assert.Equal("/from/file.db", config.Store);
        Assert.Equal("Warning", config.LogLevel);
        Assert.Equal("file-key-0000000000", config.ApiKeys["coingecko"]);
    }

    public void Dispose() => _files.Dispose();
}
