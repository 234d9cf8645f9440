using SignalDashboard.Core.Json;
using System.Globalization;
using MarketJsonNode = SignalDashboard.Core.Json.JsonFileNode<SignalDashboard.Core.Markets.MarketDataException>;

namespace SignalDashboard.Core.Markets;

/// <summary>Reads <c>feeds/markets/demo.json</c> (format in <c>feeds/markets/README.md</c>); errors name the file and JSON path.</summary>
public static class DemoSettingsReader
{
    public const string FormatName = "sigdash-market-demo";
    public const int FormatVersion = 1;

    /// <summary>The file's path relative to the <c>feeds</c> folder.</summary>
    public static readonly string RelativePath = Path.Combine("markets", "demo.json");

    public static DemoSettings Read(string json, string file)
    {
        using var document = JsonFileText.Parse<MarketDataException>(json, file);
        var root = MarketJsonNode.Root(file, document.RootElement).Object();
        root.RequireFormat(FormatName, FormatVersion);

        var seed = root.Required("seed").Long();
        if (seed < 0) throw root.Required("seed").Error($"must not be negative, found {seed}");
        var endNode = root.Required("end");
        if (!DateOnly.TryParseExact(endNode.String(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
            throw endNode.Error($"expected a date as YYYY-MM-DD, found \"{endNode.String()}\"");

        var defaults = ReadParameters(root.Required("defaults"));
        var assets = new Dictionary<string, DemoAssetParameters>(StringComparer.OrdinalIgnoreCase);
        foreach (var (symbol, node) in root.Required("assets").Properties())
        {
            if (!assets.TryAdd(symbol, ReadParameters(node)))
                throw node.Error($"symbol \"{symbol}\" appears twice");
        }
        return new DemoSettings((ulong)seed, end, defaults, assets);
    }

    private static DemoAssetParameters ReadParameters(MarketJsonNode node)
    {
        node.Object();
        var start = node.Required("start").Number();
        if (start <= 0) throw node.Required("start").Error($"must be positive, found {start}");
        var drift = (double)node.Required("drift").Number();
        if (Math.Abs(drift) > 0.1) throw node.Required("drift").Error($"a daily drift is between -0.1 and 0.1, found {drift}");
        var volatility = (double)node.Required("volatility").Number();
        if (volatility is < 0 or > 0.3) throw node.Required("volatility").Error($"a daily volatility is between 0 and 0.3, found {volatility}");
        var volume = node.Required("volume").Number();
        if (volume <= 0) throw node.Required("volume").Error($"must be positive, found {volume}");
        return new DemoAssetParameters(start, drift, volatility, volume);
    }
}
