using System.Text.Json;
using SignalDashboard.Tests.Cli;

namespace SignalDashboard.Tests.Import;

/// <summary>Runs <c>events list --format json</c> (or <c>catalog diff --format json</c>) and reads its output.</summary>
internal static class EventsJson
{
    public static readonly string[] EventKeys = ["time", "kind", "source", "provider", "model", "change", "field", "old", "new", "title", "note", "tags", "id"];

    public static readonly string[] DiffKeys = ["provider", "model", "change", "field", "old", "new"];

    /// <summary>The raw stdout of <c>events list --format json</c> (asserting success and a silent stderr).</summary>
    public static string Text(TestCli cli, params string[] extraArgs)
    {
        var run = cli.Run(["events", "list", "--format", "json", .. extraArgs]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Error);
        return run.Out;
    }

    public static List<JsonElement> List(TestCli cli, params string[] extraArgs) => Parse(Text(cli, extraArgs));

    /// <summary>The events imports derived, without the catalog's own history (source <c>catalog</c>, on every store).</summary>
    public static List<JsonElement> Imported(IEnumerable<JsonElement> events) =>
        events.Where(e => String(e, "source") != Core.Catalog.Events.CatalogHistoryEvents.Source).ToList();

    public static List<JsonElement> ParseImported(string json) => Imported(Parse(json));

    public static List<JsonElement> Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        Assert.Equal(JsonValueKind.Array, document.RootElement.ValueKind);
        return document.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }

    /// <summary>A price event of <c>events list</c> as an <see cref="ExpectedChange"/> (dated by its time's day).</summary>
    public static ExpectedChange Change(JsonElement e) => new(
        DateOnly.FromDateTime(DateTime.Parse(e.GetProperty("time").GetString()!, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal)),
        e.GetProperty("provider").GetString()!,
        e.GetProperty("model").GetString()!,
        e.GetProperty("change").GetString()!,
        e.GetProperty("field").GetString(),
        Number(e.GetProperty("old")),
        Number(e.GetProperty("new")));

    /// <summary>An item of <c>catalog diff --format json</c> as an <see cref="ExpectedChange"/> (no day).</summary>
    public static ExpectedChange DiffItem(JsonElement e) => new(
        null,
        e.GetProperty("provider").GetString()!,
        e.GetProperty("model").GetString()!,
        e.GetProperty("change").GetString()!,
        e.GetProperty("field").GetString(),
        Number(e.GetProperty("old")),
        Number(e.GetProperty("new")));

    public static string? String(JsonElement e, string key) => e.GetProperty(key).GetString();

    public static string[] Keys(JsonElement e) => e.EnumerateObject().Select(p => p.Name).ToArray();

    private static decimal? Number(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetDecimal();
}
