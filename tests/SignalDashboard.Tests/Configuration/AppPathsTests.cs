using SignalDashboard.Configuration;

namespace SignalDashboard.Tests.Configuration;

/// <summary>XDG base directories: absolute XDG_* values are used, unset/empty/relative ones fall back to HOME.</summary>
public sealed class AppPathsTests
{
    private static AppPaths Paths(params (string Name, string Value)[] variables)
    {
        var environment = variables.ToDictionary(v => v.Name, v => (string?)v.Value);
        return new AppPaths(name => environment.GetValueOrDefault(name));
    }

    [Fact]
    public void Config_file_is_under_XDG_CONFIG_HOME()
    {
        var paths = Paths(("HOME", "/home/ada"), ("XDG_CONFIG_HOME", "/etc/xdg-ada"));

        Assert.Equal("/etc/xdg-ada/signaldashboard/config.json", paths.ConfigFile);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("relative/config")]
    [InlineData("./config")]
    [InlineData("~/config")]
    public void Config_file_falls_back_to_HOME_dot_config_when_XDG_CONFIG_HOME_is_unusable(string? value)
    {
        var paths = value is null ? Paths(("HOME", "/home/ada")) : Paths(("HOME", "/home/ada"), ("XDG_CONFIG_HOME", value));

        Assert.Equal("/home/ada/.config/signaldashboard/config.json", paths.ConfigFile);
    }

    [Fact]
    public void Log_folder_is_under_XDG_STATE_HOME()
    {
        var paths = Paths(("HOME", "/home/ada"), ("XDG_STATE_HOME", "/var/state/ada"));

        Assert.Equal("/var/state/ada/signaldashboard", paths.LogFolder);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("state")]
    public void Log_folder_falls_back_to_HOME_dot_local_state(string? value)
    {
        var paths = value is null ? Paths(("HOME", "/home/ada")) : Paths(("HOME", "/home/ada"), ("XDG_STATE_HOME", value));

        Assert.Equal("/home/ada/.local/state/signaldashboard", paths.LogFolder);
    }

    [Fact]
    public void Reads_the_environment_it_was_given_not_the_process_one()
    {
        var paths = Paths(("HOME", "/nonexistent-home-for-test"));

        Assert.StartsWith("/nonexistent-home-for-test/", paths.ConfigFile);
        Assert.StartsWith("/nonexistent-home-for-test/", paths.LogFolder);
    }
}
