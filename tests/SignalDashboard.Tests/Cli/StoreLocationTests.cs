namespace SignalDashboard.Tests.Cli;

/// <summary>The store path: <c>--db</c> &gt; <c>SIGDASH_DB</c> &gt; the XDG default.</summary>
public sealed class StoreLocationTests : IDisposable
{
    private readonly TestCli _cli = new();

    [Fact]
    public void Without_db_or_SIGDASH_DB_the_store_goes_under_XDG_DATA_HOME()
    {
        Assert.Equal(SeedModel.All.Count, CatalogJson.List(_cli).Count);

        Assert.True(File.Exists(_cli.DefaultStore), $"{_cli.DefaultStore} was not created");
    }

    [Fact]
    public void SIGDASH_DB_is_honoured()
    {
        var fromEnvironment = _cli.File("from-env.db");
        _cli.Environment["SIGDASH_DB"] = fromEnvironment;

        Assert.Equal(SeedModel.All.Count, CatalogJson.List(_cli).Count);

        Assert.True(File.Exists(fromEnvironment), "the SIGDASH_DB store was not created");
        Assert.False(File.Exists(_cli.DefaultStore), "the default store was created although SIGDASH_DB is set");
    }

    [Fact]
    public void Db_option_wins_over_SIGDASH_DB()
    {
        var fromEnvironment = _cli.File("from-env.db");
        var fromOption = _cli.File("from-option.db");
        _cli.Environment["SIGDASH_DB"] = fromEnvironment;

        Assert.Equal(SeedModel.All.Count, CatalogJson.List(_cli, "--db", fromOption).Count);

        Assert.True(File.Exists(fromOption), "the --db store was not created");
        Assert.False(File.Exists(fromEnvironment), "the SIGDASH_DB store was created although --db was given");
        Assert.False(File.Exists(_cli.DefaultStore));
    }

    [Fact]
    public void Db_option_is_accepted_before_the_subcommand_too()
    {
        var fromOption = _cli.File("before.db");

        var run = _cli.Run("--db", fromOption, "catalog", "list");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(fromOption));
    }

    [Fact]
    public void SIGDASH_DB_pointing_at_a_foreign_file_is_refused_and_named()
    {
        var foreign = _cli.File("foreign.db");
        File.WriteAllText(foreign, "not a database");
        _cli.Environment["SIGDASH_DB"] = foreign;

        var line = _cli.Run("catalog", "list").AssertFailsWithOneLine(1);

        Assert.Contains(foreign, line);
        Assert.Equal("not a database", File.ReadAllText(foreign));
    }

    public void Dispose() => _cli.Dispose();
}
