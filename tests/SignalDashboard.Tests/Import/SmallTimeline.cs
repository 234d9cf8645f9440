using SignalDashboard.Tests.Cli;

namespace SignalDashboard.Tests.Import;

/// <summary>
/// A small store built through the CLI: three tiny genai-prices files of one made-up provider imported with
/// <c>--as-of</c>, and two annotations. The price events it holds, oldest first:
/// <list type="bullet">
/// <item>2026-02-10: acme/m1 input 1 → 0.5, acme/m1 cache_read null → 0.1, acme/m2 removed, acme/m3 added;</item>
/// <item>2026-03-10: acme/m1 output 2 → 3.</item>
/// </list>
/// The bundled catalog's own history adds 4 more (<see cref="CatalogEvents"/>): Opus 4 → 4.6 on 2026-03-19 (input,
/// output) and 2026-03-23 (cache read, cache write), after all of these.
/// Annotations: "Acme cut m1" on 2026-02-15 09:30 UTC (note, tags x and y, linked to acme/m1) and "GPU spot spike"
/// on 2026-03-01 (linked to the asset H100).
/// </summary>
internal static class SmallTimeline
{
    public const int PriceEvents = 5;

    /// <summary>The price events of the bundled catalog's history (source <c>catalog</c>), on every store.</summary>
    public const int CatalogEvents = 4;

    public static readonly string[] CatalogDays = ["2026-03-19", "2026-03-19", "2026-03-23", "2026-03-23"];

    public static readonly string[] Days = ["2026-01-10", "2026-02-10", "2026-03-10"];

    private static readonly string[] Files =
    [
        """[{"id":"acme","name":"Acme","models":[{"id":"m1","prices":{"input_mtok":1,"output_mtok":2}},{"id":"m2","prices":{"input_mtok":3}}]}]""",
        """[{"id":"acme","name":"Acme","models":[{"id":"m1","prices":{"input_mtok":0.5,"output_mtok":2,"cache_read_mtok":0.1}},{"id":"m3","prices":{"input_mtok":4}}]}]""",
        """[{"id":"acme","name":"Acme","models":[{"id":"m1","prices":{"input_mtok":0.5,"output_mtok":3,"cache_read_mtok":0.1}},{"id":"m3","prices":{"input_mtok":4}}]}]""",
    ];

    /// <summary>Imports the three files (no annotations).</summary>
    public static void ImportPrices(TestCli cli)
    {
        for (var i = 0; i < Files.Length; i++)
        {
            var path = cli.File($"acme-{Days[i]}.json");
            File.WriteAllText(path, Files[i]);
            var run = cli.Run("catalog", "import", path, "--as-of", Days[i]);
            Assert.True(run.ExitCode == 0, run.ToString());
        }
    }

    /// <summary>Imports the three files and adds the two annotations; returns their ids.</summary>
    public static (long Cut, long Spike) Build(TestCli cli)
    {
        ImportPrices(cli);
        var cut = Add(cli, "Acme cut m1", "--time", "2026-02-15 09:30", "--note", "blog post", "--tag", "x", "--tag", "y", "--link", "acme/m1");
        var spike = Add(cli, "GPU spot spike", "--time", "2026-03-01", "--link", "h100");
        return (cut, spike);
    }

    /// <summary>Runs <c>events add</c> and returns the id it reports ("annotation 3 added: …").</summary>
    public static long Add(TestCli cli, params string[] args)
    {
        var run = cli.Run(["events", "add", .. args]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Error);
        Assert.StartsWith("annotation ", run.Out);
        return long.Parse(run.Out.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }
}
