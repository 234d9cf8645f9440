using SignalDashboard.Tests.Cli;

namespace SignalDashboard.Tests.Configuration;

/// <summary><c>sigdash config path</c> prints where config.json is looked for (it need not exist).</summary>
public sealed class ConfigPathCliTests : IDisposable
{
    private readonly TestCli _cli = new();

    [Fact]
    public void Honours_XDG_CONFIG_HOME()
    {
        _cli.Environment["XDG_CONFIG_HOME"] = Path.Combine(_cli.Root, "xdg-config");

        var run = _cli.Run("config", "path");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Path.Combine(_cli.Root, "xdg-config", "signaldashboard", "config.json") + "\n", run.Out);
    }

    [Fact]
    public void Falls_back_to_HOME_dot_config_when_XDG_CONFIG_HOME_is_unset()
    {
        _cli.Environment.Remove("XDG_CONFIG_HOME");

        var run = _cli.Run("config", "path");

        Assert.Equal(Path.Combine(_cli.Environment["HOME"]!, ".config", "signaldashboard", "config.json") + "\n", run.Out);
    }

    [Fact]
    public void Ignores_a_relative_XDG_CONFIG_HOME()
    {
        _cli.Environment["XDG_CONFIG_HOME"] = "relative/config";

        var run = _cli.Run("config", "path");

        Assert.Equal(Path.Combine(_cli.Environment["HOME"]!, ".config", "signaldashboard", "config.json") + "\n", run.Out);
    }

    [Fact]
    public void Creates_nothing()
    {
        _cli.Run("config", "path");

        Assert.False(Directory.Exists(Path.Combine(_cli.Root, "config")));
        Assert.False(Directory.Exists(Path.Combine(_cli.Root, "data")));
    }

    public void Dispose() => _cli.Dispose();
}
