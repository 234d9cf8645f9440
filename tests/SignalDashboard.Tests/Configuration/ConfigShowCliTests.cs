using SignalDashboard.Tests.Cli;

namespace SignalDashboard.Tests.Configuration;

/// <summary><c>sigdash config show</c>: the settings in effect, keys masked; a broken file is exit 1 with one line.</summary>
public sealed class ConfigShowCliTests : IDisposable
{
    private const string CoinGeckoKey = "CG-demo-abcdefghijkl-7QzX";
    private const string OpenAiKey = "sk-proj-0123456789-ABCDEFGH-w9Yt";

    private readonly TestCli _cli = new();

    private string ConfigFile => _cli.Paths.ConfigFile;

    private void WriteConfig(string json)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(ConfigFile)!);
        File.WriteAllText(ConfigFile, json);
    }

    [Fact]
    public void Masks_api_keys_so_no_full_key_is_printed()
    {
        WriteConfig($$"""{ "apiKeys": { "coingecko": "{{CoinGeckoKey}}", "openai": "{{OpenAiKey}}" } }""");

        var run = _cli.Run("config", "show");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain(CoinGeckoKey, run.Out);
        Assert.DoesNotContain(OpenAiKey, run.Out);
        Assert.DoesNotContain("abcdefghijkl", run.Out);
        Assert.DoesNotContain("0123456789", run.Out);
        Assert.Contains("coingecko=****7QzX", run.Out);
        Assert.Contains("openai=****w9Yt", run.Out);
    }

    [Fact]
    public void A_key_from_the_environment_is_in_effect_and_masked()
    {
        _cli.Environment["SIGDASH_KEY_COINGECKO"] = CoinGeckoKey;

        var run = _cli.Run("config", "show");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("coingecko=****7QzX", run.Out);
        Assert.DoesNotContain(CoinGeckoKey, run.Out);
    }

    [Fact]
    public void Shows_the_file_the_store_and_the_settings()
    {
        WriteConfig("""{ "logLevel": "Warning", "refresh": { "markets": 300 }, "notifyCommand": ["notify-send", "sigdash"] }""");

        var run = _cli.Run("config", "show");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"config file: {ConfigFile}\n", run.Out);
        Assert.Contains(_cli.DefaultStore, run.Out);
        Assert.Matches(@"(?m)^log level:\s+Warning$", run.Out);
        Assert.Matches(@"(?m)^refresh:\s+markets=00:05:00$", run.Out);
        Assert.Matches(@"(?m)^notify:\s+notify-send sigdash$", run.Out);
        Assert.False(File.Exists(_cli.DefaultStore), "config show should not create the store");
    }

    [Fact]
    public void Says_when_the_file_is_absent()
    {
        var run = _cli.Run("config", "show");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("not present; defaults in effect", run.Out);
    }

    [Fact]
    public void Reports_unknown_keys_as_warnings()
    {
        WriteConfig("""{ "stroe": "/typo.db" }""");

        var run = _cli.Run("config", "show");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches("(?m)^warning: .*\"stroe\"", run.Out);
    }

    [Fact]
    public void Store_line_follows_db_over_SIGDASH_DB()
    {
        var option = _cli.File("option.db");
        _cli.Environment["SIGDASH_DB"] = _cli.File("env.db");

        Assert.Contains($"{_cli.File("env.db")} (from Environment)", _cli.Run("config", "show").Out);
        Assert.Contains($"{option} (from CommandLine)", _cli.Run("--db", option, "config", "show").Out);
    }

    [Theory]
    [InlineData("{ \"store\": ")]
    [InlineData("{ \"logLevel\": \"Loud\" }")]
    public void A_broken_config_file_is_exit_1_with_one_line_naming_it(string json)
    {
        WriteConfig(json);

        var run = _cli.Run("config", "show");

        var line = run.AssertFailsWithOneLine(1);
        Assert.Contains(ConfigFile, line);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void A_broken_config_file_also_stops_catalog_list_before_the_store_is_made()
    {
        WriteConfig("not json at all");

        var run = _cli.Run("catalog", "list");

        Assert.Contains(ConfigFile, run.AssertFailsWithOneLine(1));
        Assert.False(File.Exists(_cli.DefaultStore));
    }

    public void Dispose() => _cli.Dispose();
}
