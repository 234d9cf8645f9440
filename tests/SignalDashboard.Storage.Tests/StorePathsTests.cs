namespace SignalDashboard.Storage.Tests;

public sealed class StorePathsTests
{
    private static StorePaths With(params (string Name, string? Value)[] variables)
    {
        var map = variables.ToDictionary(v => v.Name, v => v.Value);
        return new StorePaths(name => map.GetValueOrDefault(name));
    }

    [Fact]
    public void Default_is_under_XDG_DATA_HOME()
    {
        var paths = With(("XDG_DATA_HOME", "/data"), ("HOME", "/home/u"));
        Assert.Equal(Path.GetFullPath("/data/signaldashboard/signals.db"), paths.DefaultPath);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("relative/data")] // the XDG spec: a relative value is invalid and ignored
    public void Default_falls_back_to_local_share(string? xdg)
    {
        var paths = With(("XDG_DATA_HOME", xdg), ("HOME", "/home/u"));
        Assert.Equal(Path.GetFullPath("/home/u/.local/share/signaldashboard/signals.db"), paths.DefaultPath);
    }

    [Fact]
    public void Command_line_beats_environment_beats_config_beats_default()
    {
        var all = With(("SIGDASH_DB", "/env/s.db"), ("XDG_DATA_HOME", "/data"), ("HOME", "/home/u"));
        var none = With(("XDG_DATA_HOME", "/data"), ("HOME", "/home/u"));

        Assert.Equal(new StoreLocation(Path.GetFullPath("/cli/s.db"), StoreLocationSource.CommandLine), all.Resolve("/cli/s.db", "/cfg/s.db"));
        Assert.Equal(new StoreLocation(Path.GetFullPath("/env/s.db"), StoreLocationSource.Environment), all.Resolve(null, "/cfg/s.db"));
        Assert.Equal(new StoreLocation(Path.GetFullPath("/cfg/s.db"), StoreLocationSource.Config), none.Resolve(null, "/cfg/s.db"));
        Assert.Equal(new StoreLocation(Path.GetFullPath("/data/signaldashboard/signals.db"), StoreLocationSource.Default), none.Resolve(null, null));
    }

    [Fact]
    public void Empty_values_count_as_unset()
    {
        var paths = With(("SIGDASH_DB", ""), ("XDG_DATA_HOME", "/data"));
        Assert.Equal(StoreLocationSource.Config, paths.Resolve("  ", "/cfg/s.db").Source);
        Assert.Equal(StoreLocationSource.Default, paths.Resolve("", "").Source);
    }

    [Fact]
    public void Tilde_is_expanded_and_relative_paths_are_made_absolute()
    {
        var paths = With(("HOME", "/home/u"));
        Assert.Equal(Path.GetFullPath("/home/u/sig/s.db"), paths.Resolve(null, "~/sig/s.db").Path);
        Assert.Equal(Path.GetFullPath("rel.db"), paths.Resolve("rel.db", null).Path);
    }
}
