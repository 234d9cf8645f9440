using System.Text.Json;

namespace SignalDashboard.Tests.Cli;

/// <summary>Runs <c>catalog list --format json</c> and parses its output with System.Text.Json.</summary>
internal static class CatalogJson
{
    public static IReadOnlyList<JsonElement> List(TestCli cli, params string[] extraArgs)
    {
        var run = cli.Run(["catalog", "list", "--format", "json", .. extraArgs]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Error);
        using var document = JsonDocument.Parse(run.Out);
        Assert.Equal(JsonValueKind.Array, document.RootElement.ValueKind);
        return document.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }

    public static JsonElement Named(IReadOnlyList<JsonElement> rows, string name) =>
        Assert.Single(rows, r => r.GetProperty("name").GetString() == name);

    public static string[] Strings(JsonElement array) =>
        array.EnumerateArray().Select(e => e.GetString()!).ToArray();
}
