namespace SignalDashboard.Tests.Configuration;

/// <summary>Unknown keys are reported as warnings (naming file and key), not silently ignored and not fatal.</summary>
public sealed class ConfigLoaderWarningTests : IDisposable
{
    private readonly ConfigFiles _files = new();

    [Fact]
    public void An_unknown_key_is_a_warning_and_the_known_keys_still_apply()
    {
        _files.Write("""{ "stroe": "/typo.db", "logLevel": "Error" }""");

        var result = _files.Load();

        var warning = Assert.Single(result.Warnings);
        Assert.Contains(_files.Path, warning);
        Assert.Contains("\"stroe\"", warning);
        Assert.Null(result.Config.Store);
        Assert.Equal("Error", result.Config.LogLevel);
    }

    [Fact]
    public void Each_unknown_key_gets_its_own_warning()
    {
        _files.Write("""{ "a": 1, "b": [], "store": "/x.db" }""");

        var warnings = _files.Load().Warnings;

        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, w => w.Contains("\"a\""));
        Assert.Contains(warnings, w => w.Contains("\"b\""));
    }

    [Fact]
    public void Keys_are_case_sensitive_so_a_miscased_key_is_reported()
    {
        _files.Write("""{ "LogLevel": "Error" }""");

        var result = _files.Load();

        Assert.Contains("\"LogLevel\"", Assert.Single(result.Warnings));
        Assert.Equal("Information", result.Config.LogLevel);
    }

    public void Dispose() => _files.Dispose();
}
