using SignalDashboard.Core.Json;
using System.Globalization;
using SignalDashboard.Core.Markets;
using MarketJsonNode = SignalDashboard.Core.Json.JsonFileNode<SignalDashboard.Core.Markets.MarketDataException>;

namespace SignalDashboard.Core.Usage;

/// <summary>Reads <c>feeds/usage/demo.json</c>; errors name the file, the JSON path and the reason.</summary>
public static class DemoUsageSettingsReader
{
    public const string FormatName = "sigdash-usage-demo";
    public const int FormatVersion = 1;

    public static readonly string RelativePath = Path.Combine("usage", "demo.json");

    public static DemoUsageSettings Read(string json, string file)
    {
        using var document = JsonFileText.Parse<MarketDataException>(json, file);
        var root = MarketJsonNode.Root(file, document.RootElement).Object();
        root.RequireFormat(FormatName, FormatVersion);
        var seed = root.Required("seed");
        if (seed.Long() < 0) throw seed.Error("must not be negative");
        var start = Day(root.Required("start"));
        var end = Day(root.Required("end"));
        if (end < start) throw root.Required("end").Error("must not be before start");

        var epsilon = Range(root.Required("epsilon"), -5, 0);
        var noise = Range(root.Required("noise"), 0, 2);
        var growth = Range(root.Required("growthPerDay"), -0.05, 0.05);
        var tokens = Range(root.Required("tokensAtOneDollar"), 1, 1e15);
        var free = Range(root.Required("freeModelTokens"), 0, 1e15);
        var split = root.Required("split").Object();
        var input = Range(split.Required("input"), 0, 1);
        var cached = Range(split.Required("cached"), 0, 1);
        if (input + cached > 1) throw split.Error("input + cached must not exceed 1 (output is the rest)");
        var perRequest = Range(root.Required("tokensPerRequest"), 1, 1e9);
        return new DemoUsageSettings((ulong)seed.Long(), start, end, epsilon, noise, growth, tokens, free, input, cached, perRequest);
    }

    private static DateOnly Day(MarketJsonNode node) =>
        DateOnly.TryParseExact(node.String(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw node.Error($"expected a date as YYYY-MM-DD, found \"{node.String()}\"");

    private static double Range(MarketJsonNode node, double min, double max)
    {
        var value = (double)node.Number();
        return value >= min && value <= max ? value : throw node.Error($"must be between {min} and {max}, found {value}");
    }
}
