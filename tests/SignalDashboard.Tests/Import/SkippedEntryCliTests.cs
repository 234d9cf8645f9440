using SignalDashboard.Tests.Cli;

namespace SignalDashboard.Tests.Import;

/// <summary>
/// One invalid entry in a well-formed catalog is left out and named (where and why); the rest is imported, and the
/// timeline shows nothing for the entry left out.
/// </summary>
public sealed class SkippedEntryCliTests : IDisposable
{
    private readonly TestCli _cli = new();

    [Fact]
    public void Catalog_import_says_which_entry_it_skipped_and_imports_the_others()
    {
        var file = _cli.File("acme.json");
        File.WriteAllText(file, """
            [{"id":"acme","name":"Acme","models":[
              {"id":"m1","prices":{"input_mtok":1,"output_mtok":2}},
              {"id":"m2","prices":{"input_mtok":-1000000}},
              {"id":"m3","prices":{"input_mtok":3}}
            ]}]
            """);

        var run = _cli.Run("catalog", "import", file, "--as-of", "2026-02-10");

        Assert.True(run.ExitCode == 0, run.ToString());
        var line = Assert.Single(run.Out.TrimEnd('\n').Split('\n'));
        Assert.Contains("· imported 2 models, skipped 1: $[0].models[1] (acme m2)", line);
        Assert.Contains("a price cannot be negative (-1000000)", line);
        var listed = CatalogJson.List(_cli).Select(r => r.GetProperty("model").GetString()).ToList();
        Assert.Contains("m1", listed);
        Assert.Contains("m3", listed);
        Assert.DoesNotContain("m2", listed);
    }

    public void Dispose() => _cli.Dispose();
}
