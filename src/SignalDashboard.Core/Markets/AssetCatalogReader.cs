using SignalDashboard.Core.Json;
using System.Globalization;
using System.Text.RegularExpressions;
using MarketJsonNode = SignalDashboard.Core.Json.JsonFileNode<SignalDashboard.Core.Markets.MarketDataException>;

namespace SignalDashboard.Core.Markets;

/// <summary>
/// Reads <c>feeds/markets/assets.json</c> (format in <c>feeds/markets/README.md</c>). Every problem is reported
/// as a <see cref="MarketDataException"/> with the file name, the JSON path of the offending value and the reason.
/// </summary>
public static partial class AssetCatalogReader
{
    public const string FormatName = "sigdash-market-assets";
    public const int FormatVersion = 1;

    /// <summary>The file's path relative to the <c>feeds</c> folder.</summary>
    public static readonly string RelativePath = Path.Combine("markets", "assets.json");

    public static AssetCatalog Read(string json, string file)
    {
        using var document = JsonFileText.Parse<MarketDataException>(json, file);
        var root = MarketJsonNode.Root(file, document.RootElement).Object();
        root.RequireFormat(FormatName, FormatVersion);

        var assets = new List<MarketAsset>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var node in root.Required("assets").Array())
        {
            var asset = ReadAsset(node);
            if (!seen.Add(asset.Symbol))
                throw node.Required("symbol").Error($"symbol \"{asset.Symbol}\" appears twice");
            assets.Add(asset);
        }
        return new AssetCatalog(assets);
    }

    private static MarketAsset ReadAsset(MarketJsonNode node)
    {
        node.Object();
        var symbolNode = node.Required("symbol");
        var symbol = symbolNode.NonEmptyString();
        if (!SymbolPattern().IsMatch(symbol))
            throw symbolNode.Error($"a symbol is upper-case letters and digits (up to 12), found \"{symbol}\"");

        var kindNode = node.Required("kind");
        var kind = kindNode.String() switch
        {
            "computeToken" => AssetKind.ComputeToken,
            "equity" => AssetKind.Equity,
            var other => throw kindNode.Error($"expected computeToken or equity, found \"{other}\""),
        };

        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (provider, value) in node.Required("ids").Properties())
        {
            if (!MarketProviders.All.Contains(provider))
                throw value.Error($"unknown provider \"{provider}\" (expected one of {string.Join(", ", MarketProviders.All)})");
            if (!value.IsNull)
                ids[provider] = value.NonEmptyString();
        }

        var primary = ProviderRef(node.Required("primary"), ids);
        string? fallback = null;
        if (node.Optional("fallback") is { } fallbackNode)
        {
            fallback = ProviderRef(fallbackNode, ids);
            if (fallback == primary)
                throw fallbackNode.Error("the fallback must differ from the primary provider");
        }

        var historyDays = Positive(node.Required("historyDays"));
        var hourlyNode = node.Optional("hourlyDays");
        var hourlyDays = hourlyNode?.Int() ?? 0;
        if (hourlyNode is { } h && (hourlyDays < 0 || hourlyDays > historyDays))
            throw h.Error($"expected 0 to historyDays ({historyDays}), found {hourlyDays}");

        return new MarketAsset(symbol, node.Required("name").NonEmptyString(), kind, ids, primary, fallback,
            Duration(node.Required("refresh")), historyDays, hourlyDays);
    }

    private static string ProviderRef(MarketJsonNode node, IReadOnlyDictionary<string, string> ids)
    {
        var provider = node.NonEmptyString();
        if (!MarketProviders.All.Contains(provider))
            throw node.Error($"unknown provider \"{provider}\" (expected one of {string.Join(", ", MarketProviders.All)})");
        return ids.ContainsKey(provider) ? provider : throw node.Error($"\"{provider}\" has no id for this asset in \"ids\"");
    }

    private static int Positive(MarketJsonNode node)
    {
        var n = node.Int();
        return n > 0 ? n : throw node.Error($"must be positive, found {n}");
    }

    /// <summary>Seconds as a number, or "hh:mm:ss" / "d.hh:mm:ss"; at least one minute.</summary>
    private static TimeSpan Duration(MarketJsonNode node)
    {
        TimeSpan value;
        if (node.Kind == System.Text.Json.JsonValueKind.Number)
            value = TimeSpan.FromSeconds(node.Int());
        else if (!TimeSpan.TryParseExact(node.String(), [@"hh\:mm\:ss", @"d\.hh\:mm\:ss"], CultureInfo.InvariantCulture, out value))
            throw node.Error($"expected seconds or \"hh:mm:ss\", found \"{node.String()}\"");
        return value >= TimeSpan.FromMinutes(1) ? value : throw node.Error($"must be at least one minute, found {value}");
    }

    [GeneratedRegex("^[A-Z0-9]{1,12}$")]
    private static partial Regex SymbolPattern();
}
