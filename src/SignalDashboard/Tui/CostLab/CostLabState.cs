using System.Globalization;
using SignalDashboard.Cli;
using SignalDashboard.Composition;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Cost;
using SignalDashboard.Tokenizers;
using SignalDashboard.Tokenizers.Counting;

namespace SignalDashboard.Tui.CostLab;

/// <summary>
/// What the Cost lab shows, without a terminal: the text's token count per tokenizer, each model's cost under the
/// toggles (batch, cache-hit share, output/input ratio, routing mix) and the language tax of an English text and its
/// Chinese counterpart. Tokenizers load on the first count, not at start-up.
/// </summary>
public sealed class CostLabState(ModelCatalog catalog, DateOnly day, CostLabData data)
{
    public static readonly decimal[] CacheHitSteps = [0m, 0.25m, 0.5m, 0.75m, 0.9m];
    public static readonly decimal[] OutputRatioSteps = [0.25m, 0.5m, 1m, 2m, 4m];

    private readonly Dictionary<string, string> _unavailable = new(StringComparer.Ordinal);
    private Dictionary<string, long> _counts = new(StringComparer.Ordinal);
    private Dictionary<string, long> _englishCounts = new(StringComparer.Ordinal);
    private Dictionary<string, long> _chineseCounts = new(StringComparer.Ordinal);
    private bool _counted;

    public string Text { get; private set; } = data.EnglishSample;
    public string English { get; private set; } = data.EnglishSample;
    public string Chinese { get; private set; } = data.ChineseSample;
    public bool Batch { get; private set; }
    public decimal CacheHitShare { get; private set; }
    public decimal OutputRatio { get; private set; } = 0.5m;
    public RoutingChoice Routing { get; private set; }
    public string? Message { get; private set; }

    public IReadOnlyList<string> Tokenizers => data.Tokenizers.Names;
    public IReadOnlyDictionary<string, long> Counts { get { EnsureCounted(); return _counts; } }
    public IReadOnlyDictionary<string, string> Unavailable { get { EnsureCounted(); return _unavailable; } }

    public void SetText(string text)
    {
        Text = text;
        _counts = CountAll(text);
        Message = null;
    }

    public void LoadFile(string path)
    {
        try
        {
            using var stream = File.OpenRead(path.Trim());
            var counter = new StreamingTokenCounter([]);
            counter.Count(stream); // checks: empty, binary, invalid UTF-8 (one line each)
            var info = new FileInfo(path.Trim());
            if (info.Length > 4 * 1024 * 1024) throw new InputProblemException("larger than 4 MB; use 'sigdash tokens' for big files");
            SetText(File.ReadAllText(path.Trim()));
            Message = $"loaded {path.Trim()}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InputProblemException)
        {
            Message = $"cannot load {path.Trim()}: {MarketsCommands.OneLine(e.Message)}";
        }
    }

    public void ToggleBatch() => Batch = !Batch;
    public void CycleCacheHit() => CacheHitShare = Next(CacheHitSteps, CacheHitShare);
    public void CycleOutputRatio() => OutputRatio = Next(OutputRatioSteps, OutputRatio);
    public void CycleRouting() => Routing = (RoutingChoice)(((int)Routing + 1) % 3);

    public void UseTextAsEnglish() { English = Text; _englishCounts = CountAll(English); }
    public void UseTextAsChinese() { Chinese = Text; _chineseCounts = CountAll(Chinese); }

    public void ResetLanguagePair()
    {
        (English, Chinese) = (data.EnglishSample, data.ChineseSample);
        (_englishCounts, _chineseCounts) = (CountAll(English), CountAll(Chinese));
    }

    public void EnsureCounted()
    {
        if (_counted) return;
        _counted = true;
        _counts = CountAll(Text);
        _englishCounts = CountAll(English);
        _chineseCounts = CountAll(Chinese);
    }

    /// <summary>The per-model rows for a text's counts (default: the current text).</summary>
    public IReadOnlyList<CostRow> Rows(IReadOnlyDictionary<string, long>? counts = null)
    {
        EnsureCounted();
        counts ??= _counts;
        var rows = CostRows.Build(catalog, catalog.Models, day, data.Rules, data.Tokenizers, counts, _unavailable, Scenario(0));
        // Output tokens follow the ratio to each model's own input count.
        return rows.Select(r => r.InputTokens is { } n && r.Cost is not null
            ? r with { Cost = CostEngine.Compute(catalog.SheetOn(r.Model, day), Scenario(n), data.Rules.For(r.Model.Provider), data.Rules.LongContextFor(r.Model.Key)) }
            : r).ToList();
    }

    public CostScenario Scenario(long inputTokens) =>
        new(inputTokens, decimal.Round(inputTokens * OutputRatio), 1, Batch, CacheHitShare);

    public string SettingsLine()
    {
        var text = $"batch {(Batch ? "on" : "off")} · cache hit {Percent(CacheHitShare)} · output/input {OutputRatio.ToString("0.##", CultureInfo.InvariantCulture)} · routing {RoutingLabel}";
        if (Blended() is { } blended) text += $" → blended {CostOutput.Usd(blended)}";
        return text;
    }

    public string RoutingLabel => Routing switch
    {
        RoutingChoice.EqualSplit => "equal split over priced models",
        RoutingChoice.CheapestMostly => "80% cheapest / 20% dearest",
        _ => "none",
    };

    /// <summary>The blended cost of the routing mix over the priced models, or null without a mix.</summary>
    public decimal? Blended()
    {
        if (Routing == RoutingChoice.None) return null;
        var priced = Rows().Where(r => r.Cost is { Priced: true }).ToList();
        if (priced.Count == 0) return null;
        RoutingMix mix;
        if (Routing == RoutingChoice.EqualSplit)
        {
            mix = RoutingMix.Equal(priced.Select(r => r.Model.Key).ToList());
        }
        else
        {
            var ordered = priced.OrderBy(r => r.Cost!.TotalUsd).ToList();
            mix = ordered.Count == 1
                ? new RoutingMix([(ordered[0].Model.Key, 1m)])
                : new RoutingMix([(ordered[0].Model.Key, 0.8m), (ordered[^1].Model.Key, 0.2m)]);
        }
        return mix.BlendedUsd(priced.ToDictionary(r => r.Model.Key, r => r.Cost!));
    }

    public IReadOnlyList<string> TokenLines()
    {
        EnsureCounted();
        var chars = Text.EnumerateRunes().Count();
        var lines = new List<string> { $"{chars:N0} characters, {System.Text.Encoding.UTF8.GetByteCount(Text):N0} bytes" };
        foreach (var name in Tokenizers)
        {
            lines.Add(_counts.TryGetValue(name, out var n)
                ? $"{name,-12} {n,8:N0} tokens  {(n == 0 ? 0 : (decimal)chars / n),5:0.00} chars/token"
                : $"{name,-12} unavailable: {_unavailable.GetValueOrDefault(name)}");
        }
        return lines;
    }

    /// <summary>Per tokenizer the Chinese/English token ratio; per model the cost of each side and the difference.</summary>
    public IReadOnlyList<string> LanguageTaxLines()
    {
        EnsureCounted();
        var lines = new List<string> { $"English {English.EnumerateRunes().Count():N0} chars vs Chinese {Chinese.EnumerateRunes().Count():N0} chars" };
        foreach (var name in Tokenizers)
        {
            if (_englishCounts.TryGetValue(name, out var en) && _chineseCounts.TryGetValue(name, out var zh) && en > 0)
                lines.Add($"{name,-12} EN {en,6:N0}  ZH {zh,6:N0}  ZH/EN {(decimal)zh / en,5:0.00}×");
        }
        var english = Rows(_englishCounts).ToDictionary(r => r.Model.Key);
        foreach (var zhRow in Rows(_chineseCounts))
        {
            if (zhRow.Cost is not { Priced: true } zhCost || english.GetValueOrDefault(zhRow.Model.Key)?.Cost is not { Priced: true } enCost) continue;
            var delta = zhCost.TotalUsd - enCost.TotalUsd;
            var pct = enCost.TotalUsd == 0 ? "" : $" ({(delta / enCost.TotalUsd * 100).ToString("+0;-0;0", CultureInfo.InvariantCulture)}%)";
            lines.Add($"{zhRow.Model.DisplayName,-18} EN {CostOutput.Usd(enCost.TotalUsd),10}  ZH {CostOutput.Usd(zhCost.TotalUsd),10}  Δ {(delta >= 0 ? "+" : "-")}{CostOutput.Usd(Math.Abs(delta))}{pct}{(zhRow.Approximate ? "  approx." : "")}");
        }
        return lines;
    }

    private Dictionary<string, long> CountAll(string text)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var name in Tokenizers)
        {
            if (_unavailable.ContainsKey(name)) continue;
            try
            {
                counts[name] = data.Tokenizers.Get(name).Count(text);
            }
            catch (TokenizerLoadException e)
            {
                _unavailable[name] = MarketsCommands.OneLine(e.Message);
            }
        }
        return counts;
    }

    private static decimal Next(decimal[] steps, decimal current) => steps[(Array.IndexOf(steps, current) + 1) % steps.Length];

    private static string Percent(decimal share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}

/// <summary>The routing mixes the Cost lab cycles through.</summary>
public enum RoutingChoice { None, EqualSplit, CheapestMostly }
