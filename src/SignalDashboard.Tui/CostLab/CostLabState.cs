using System.Globalization;
using SignalDashboard.Composition;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Cost;
using SignalDashboard.Tokenizers.Counting;
using SignalDashboard.Core.Messages;
using SignalDashboard.Dashboard;
using SignalDashboard.Presentation;

namespace SignalDashboard.Tui.CostLab;

/// <summary>
/// What the Cost lab shows, without a terminal: the text's token count per tokenizer, each model's cost under the
/// toggles (batch, cache-hit and cache-write shares, write lifetime, output/input ratio), a routing mix (a share per
/// model) and the language tax of an English text and its Chinese counterpart.
/// <para>
/// Counting is not done here: <see cref="NextWork"/> says what is still to count and <see cref="CostLabCounter"/> does it
/// off the UI thread, handing each result back through <see cref="Counted"/>; a count of a text no longer shown is
/// dropped.
/// </para>
/// </summary>
public sealed class CostLabState(ModelCatalog catalog, DateOnly day, CostLabData data)
{
    public static readonly decimal[] CacheHitSteps = [0m, 0.25m, 0.5m, 0.75m, 0.9m];
    public static readonly decimal[] CacheWriteSteps = [0m, 0.1m, 0.25m, 0.5m];
    public static readonly decimal[] OutputRatioSteps = [0.25m, 0.5m, 1m, 2m, 4m];
    public const decimal ShareStep = 0.1m;
    public const int MaxFileBytes = 4 * 1024 * 1024;

    /// <summary>The one line that says how to get a tokenizer the dashboard does not have (it never downloads).</summary>
    public const string InstallHint = "to install: sigdash tokens --tokenizer NAME FILE · or SIGDASH_TOKENIZERS=DIR";

    private sealed record SideText(string Text, Dictionary<string, long> Counts)
    {
        // Measured once per text: the screen redraws after every count, and a text can be 4 MB.
        public int Chars { get; } = Text.EnumerateRunes().Count();
        public int Bytes { get; } = System.Text.Encoding.UTF8.GetByteCount(Text);
    }

    private readonly SideText[] _sides =
    [
        new(data.EnglishSample, new(StringComparer.Ordinal)),
        new(data.EnglishSample, new(StringComparer.Ordinal)),
        new(data.ChineseSample, new(StringComparer.Ordinal)),
    ];
    private readonly Dictionary<string, string> _unavailable = new(StringComparer.Ordinal);
    private readonly HashSet<string> _notInstalled = new(StringComparer.Ordinal);
    private readonly Dictionary<ModelKey, decimal> _shares = [];
    private int _job;
    private string? _working;
    private string? _progress;
    private string? _progressShort;

    public string Text => _sides[(int)CostLabSide.Text].Text;
    public string English => _sides[(int)CostLabSide.English].Text;
    public string Chinese => _sides[(int)CostLabSide.Chinese].Text;
    public bool Batch { get; private set; }
    public decimal CacheHitShare { get; private set; }
    public decimal CacheWriteShare { get; private set; }
    public CacheLifetime CacheWriteLifetime { get; private set; } = CacheLifetime.FiveMinutes;
    public decimal OutputRatio { get; private set; } = 0.5m;
    public RoutingChoice Routing { get; private set; }
    public string? Message { get; private set; }

    public IReadOnlyList<string> Tokenizers => data.Tokenizers.Names;

    /// <summary>The text's counts so far (a tokenizer still loading or counting is absent).</summary>
    public IReadOnlyDictionary<string, long> Counts => _sides[(int)CostLabSide.Text].Counts;

    public IReadOnlyDictionary<string, long> CountsOf(CostLabSide side) => _sides[(int)side].Counts;

    /// <summary>Tokenizers that cannot count, with the reason (one line).</summary>
    public IReadOnlyDictionary<string, string> Unavailable => _unavailable;

    /// <summary>Tokenizers whose tokenizer.json is neither configured nor cached.</summary>
    public IReadOnlySet<string> NotInstalled => _notInstalled;

    /// <summary>True until every text is counted by every tokenizer that can count.</summary>
    public bool IsCounting => _sides.Any(s => Missing(s).Count > 0);

    /// <summary>What the counter is doing ("loading qwen3… 4 of 5"); null when idle.</summary>
    public string? Progress => IsCounting ? _progress ?? "waiting to count…" : null;

    public void SetText(string text)
    {
        Replace(CostLabSide.Text, text);
        Message = null;
    }

    /// <summary>Reads a text file of at most 4 MB (UTF-8; empty, binary and invalid files are a message); the counter counts it.</summary>
    public void LoadFile(string path)
    {
        path = path.Trim();
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > MaxFileBytes)
                throw new InputProblemException($"{info.Length / (1024 * 1024.0):0.#} MB is more than the 4 MB the lab shows; 'sigdash tokens FILE' counts any size");
            using (var stream = File.OpenRead(path))
                new StreamingTokenCounter([]).Count(stream); // checks: empty, binary, invalid UTF-8 (one line each)
            SetText(File.ReadAllText(path));
            Message = $"loaded {Path.GetFileName(path)}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InputProblemException)
        {
            // The file's name only: the message shares a line of the text pane, and the path was just typed.
            Message = $"cannot load {Path.GetFileName(path)}: {SingleLine.Of(e.Message)}";
        }
    }

    /// <summary>A one-line message for the text pane (why a key did nothing).</summary>
    public void Note(string message) => Message = message;

    public void ToggleBatch() => Batch = !Batch;

    /// <summary>Next cache-hit share; shares that would put hits and writes above 100% are skipped.</summary>
    public void CycleCacheHit() => CacheHitShare = Next(CacheHitSteps, CacheHitShare, s => s + CacheWriteShare <= 1m);

    public void CycleCacheWrite() => CacheWriteShare = Next(CacheWriteSteps, CacheWriteShare, s => s + CacheHitShare <= 1m);

    public void ToggleCacheLifetime() =>
        CacheWriteLifetime = CacheWriteLifetime == CacheLifetime.FiveMinutes ? CacheLifetime.OneHour : CacheLifetime.FiveMinutes;

    public void CycleOutputRatio() => OutputRatio = Next(OutputRatioSteps, OutputRatio, _ => true);

    public void UseTextAsEnglish() => CopyText(CostLabSide.English);
    public void UseTextAsChinese() => CopyText(CostLabSide.Chinese);

    public void ResetLanguagePair()
    {
        Replace(CostLabSide.English, data.EnglishSample);
        Replace(CostLabSide.Chinese, data.ChineseSample);
    }

    // ---- counting: what to do, and results handed back (UI thread) ----

    /// <summary>Starts a new job (older jobs' progress is ignored from now on) with what is left to count.</summary>
    public CountWork NextWork()
    {
        var sides = _sides.Select((s, i) => new SideWork((CostLabSide)i, s.Text, Missing(s)))
            .Where(s => s.Tokenizers.Count > 0).ToList();
        // A side with the same text as another is counted once and copied (the sample is both the text and English).
        var distinct = sides.Where((s, i) => !sides.Take(i).Any(o => o.Text == s.Text)).ToList();
        _progress = _progressShort = null;
        return new CountWork(++_job, Tokenizers.Where(t => !_unavailable.ContainsKey(t)).ToList(), distinct);
    }

    /// <param name="doing">"loading" or "counting".</param>
    /// <param name="step">"4 of 5".</param>
    public void Working(int job, string tokenizer, string doing, string step)
    {
        if (job != _job) return;
        _working = tokenizer;
        _progress = $"{doing} {tokenizer}… {step}";
        _progressShort = $"{doing}… {step}";
    }

    /// <summary>A count of <paramref name="text"/>: every side that still shows that text takes it (a stale count is dropped).</summary>
    public void Counted(string text, string tokenizer, long count)
    {
        foreach (var side in _sides)
            if (side.Text == text) side.Counts[tokenizer] = count;
    }

    public void MarkUnavailable(string tokenizer, string reason, bool notInstalled)
    {
        _unavailable[tokenizer] = reason;
        if (notInstalled) _notInstalled.Add(tokenizer);
    }

    public void Finished(int job)
    {
        if (job != _job) return;
        _working = null;
        _progress = _progressShort = null;
    }

    // ---- routing mix ----

    public IReadOnlyDictionary<ModelKey, decimal> Shares => _shares;

    public decimal ShareOf(ModelKey model) => _shares.GetValueOrDefault(model);

    /// <summary>Adds <paramref name="delta"/> (±10 points) to a model's share, kept within 0–100%; the mix becomes custom.</summary>
    public void AdjustShare(ModelKey model, decimal delta)
    {
        var share = Math.Clamp(decimal.Round(ShareOf(model) + delta, 4), 0m, 1m);
        if (share == 0) _shares.Remove(model);
        else _shares[model] = share;
        Routing = _shares.Count == 0 ? RoutingChoice.None : RoutingChoice.Custom;
    }

    public void ClearShare(ModelKey model) => AdjustShare(model, -ShareOf(model));

    /// <summary>Fills the shares from the next preset (equal split, 80% cheapest / 20% dearest, none) over the priced models.</summary>
    public void NextPreset()
    {
        var next = Routing switch
        {
            RoutingChoice.EqualSplit => RoutingChoice.CheapestMostly,
            RoutingChoice.CheapestMostly => RoutingChoice.None,
            _ => RoutingChoice.EqualSplit,
        };
        var priced = Rows().Where(r => r.Cost is { Priced: true }).OrderBy(r => r.Cost!.TotalUsd).ToList();
        if (next != RoutingChoice.None && priced.Count == 0)
        {
            Message = "no model has a cost yet (still counting)";
            return;
        }
        _shares.Clear();
        if (next == RoutingChoice.EqualSplit)
        {
            foreach (var (model, share) in RoutingMix.Equal(priced.Select(r => r.Model.Key).ToList()).Shares) _shares[model] = share;
        }
        else if (next == RoutingChoice.CheapestMostly)
        {
            _shares[priced[0].Model.Key] = priced.Count == 1 ? 1m : 0.8m;
            if (priced.Count > 1) _shares[priced[^1].Model.Key] = 0.2m;
        }
        Routing = next;
    }

    public string RoutingLabel => Routing switch
    {
        RoutingChoice.EqualSplit => "equal split",
        RoutingChoice.CheapestMostly => "80% cheapest / 20% dearest",
        RoutingChoice.Custom => "custom",
        _ => "none",
    };

    /// <summary>The mix priced: shares normalised over the models of the mix that have a cost (null without such a model).</summary>
    public MixResult? Mix()
    {
        if (_shares.Count == 0) return null;
        var rows = Rows().Where(r => _shares.ContainsKey(r.Model.Key)).ToList();
        var priced = rows.Where(r => r.Cost is { Priced: true }).ToList();
        var leftOut = _shares.Keys.Where(k => !priced.Any(r => r.Model.Key == k)).ToList();
        var sum = _shares.Values.Sum();
        var pricedSum = priced.Sum(r => _shares[r.Model.Key]);
        if (pricedSum == 0) return new MixResult(sum, null, _shares.Count, leftOut);
        var mix = new RoutingMix(priced.Select(r => (r.Model.Key, _shares[r.Model.Key] / pricedSum)).ToList());
        return new MixResult(sum, mix.BlendedUsd(priced.ToDictionary(r => r.Model.Key, r => r.Cost!)), _shares.Count, leftOut);
    }

    public string MixLine()
    {
        if (Mix() is not { } mix) return "routing mix: none · + / - set the selected model's share, m a preset";
        var models = $"{mix.Models} model{(mix.Models == 1 ? "" : "s")}";
        var head = mix.ShareSum == 1m
            ? $"mix {RoutingLabel}, {models}"
            : $"⚠ shares sum to {Percent(mix.ShareSum)} (normalised)"; // the Share column says which models
        var tail = mix.LeftOut.Count == 0 ? "" : $" · {mix.LeftOut.Count} without a cost left out";
        return mix.PerRequestUsd is { } usd
            ? $"{head}: {PriceFormat.Cost(usd)}/request · {PriceFormat.Cost(usd * 1000)} per 1,000{tail}"
            : $"{head}: no model of the mix has a cost{tail}";
    }

    // ---- what is shown ----

    /// <summary>The per-model rows for a text's counts (default: the current text).</summary>
    public IReadOnlyList<CostRow> Rows(IReadOnlyDictionary<string, long>? counts = null)
    {
        counts ??= Counts;
        var rows = CostRows.Build(catalog, catalog.Models, day, data.Rules, data.Tokenizers, counts, _unavailable, Scenario(0));
        // Output tokens follow the ratio to each model's own input count.
        return rows.Select(r => r.InputTokens is { } n && r.Cost is not null
                ? r with { Cost = CostEngine.Compute(catalog.SheetOn(r.Model, day), Scenario(n), data.Rules.For(r.Model.Provider), data.Rules.LongContextFor(r.Model.Key)) }
                : r.InputTokens is null && r.Tokenizer is { } t && !_unavailable.ContainsKey(t.Tokenizer)
                    ? r with { Problem = _working == t.Tokenizer ? $"{_progress ?? "counting…"}" : "counting…" }
                    : r)
            .ToList();
    }

    public CostScenario Scenario(long inputTokens) =>
        new(inputTokens, decimal.Round(inputTokens * OutputRatio), 1, Batch, CacheHitShare, CacheWriteShare, CacheWriteLifetime);

    public string SettingsLine() =>
        $"batch {(Batch ? "on" : "off")} · cache hit {Percent(CacheHitShare)} · cache write {Percent(CacheWriteShare)} {Lifetime} · out/in {OutputRatio.ToString("0.##", CultureInfo.InvariantCulture)}";

    public string Lifetime => CacheWriteLifetime == CacheLifetime.OneHour ? "1h" : "5m";

    /// <summary>The Tokens pane's title: the text's size.</summary>
    public string TextSize() =>
        $"{_sides[(int)CostLabSide.Text].Chars:N0} chars, {_sides[(int)CostLabSide.Text].Bytes:N0} bytes";

    public IReadOnlyList<string> TokenLines()
    {
        var chars = _sides[(int)CostLabSide.Text].Chars;
        var lines = new List<string>();
        foreach (var name in Tokenizers)
        {
            if (Counts.TryGetValue(name, out var n))
                lines.Add($"{name,-12}{n,9:N0} tok {(n == 0 ? 0 : (decimal)chars / n),5:0.00} chars/tok");
            else if (_notInstalled.Contains(name))
                lines.Add($"{name,-12} not installed");
            else if (_unavailable.TryGetValue(name, out var why))
                lines.Add($"{name,-12} unavailable: {why}");
            else
                lines.Add($"{name,-12} {(_working == name && _progressShort is { } p ? p : "waiting…")}");
        }
        if (_notInstalled.Count > 0)
            lines.AddRange(["to install: sigdash tokens --tokenizer NAME FILE", "  or SIGDASH_TOKENIZERS=DIR (DIR/NAME/tokenizer.json)"]);
        return lines;
    }

    /// <summary>
    /// Per tokenizer the Chinese/English token ratio; per model the cost of each side and the difference.
    /// <paramref name="compact"/> (an 80×24 terminal, two rows): first a summary — the ratios on one line, the range of
    /// the cost differences on another — then the same detail (the pane scrolls).
    /// </summary>
    public IReadOnlyList<string> LanguageTaxLines(bool compact = false)
    {
        var english = CountsOf(CostLabSide.English);
        var chinese = CountsOf(CostLabSide.Chinese);
        var ratios = Tokenizers
            .Where(n => english.TryGetValue(n, out var en) && en > 0 && chinese.ContainsKey(n))
            .Select(n => (Name: n, En: english[n], Zh: chinese[n], Ratio: (decimal)chinese[n] / english[n]))
            .ToList();
        var counting = IsCounting ? " · counting…" : "";
        var detail = new List<string>
        {
            $"English {_sides[(int)CostLabSide.English].Chars:N0} chars vs Chinese {_sides[(int)CostLabSide.Chinese].Chars:N0} chars{counting}",
        };
        detail.AddRange(ratios.Select(r => $"{r.Name,-12} EN {r.En,6:N0}  ZH {r.Zh,6:N0}  ZH/EN {r.Ratio,5:0.00}×"));
        var englishRows = Rows(english).ToDictionary(r => r.Model.Key);
        var deltas = new List<(string Model, decimal Pct)>();
        foreach (var zhRow in Rows(chinese))
        {
            if (zhRow.Cost is not { Priced: true } zhCost || englishRows.GetValueOrDefault(zhRow.Model.Key)?.Cost is not { Priced: true } enCost) continue;
            var delta = zhCost.TotalUsd - enCost.TotalUsd;
            var pct = enCost.TotalUsd == 0 ? "" : $" ({(delta / enCost.TotalUsd * 100).ToString("+0;-0;0", CultureInfo.InvariantCulture)}%)";
            if (enCost.TotalUsd != 0) deltas.Add((zhRow.Model.DisplayName, delta / enCost.TotalUsd * 100));
            detail.Add($"{zhRow.Model.DisplayName,-18} EN {PriceFormat.Cost(enCost.TotalUsd),10}  ZH {PriceFormat.Cost(zhCost.TotalUsd),10}  Δ {(delta >= 0 ? "+" : "-")}{PriceFormat.Cost(Math.Abs(delta))}{pct}{(zhRow.Approximate ? "  approx." : "")}");
        }

        var lines = new List<string>();
        if (_notInstalled.Count > 0)
            lines.Add(compact ? InstallHint : $"{string.Join(", ", _notInstalled)} not installed: sigdash tokens --tokenizer NAME FILE, or SIGDASH_TOKENIZERS=DIR");
        if (compact)
        {
            lines.Add($"ZH/EN {string.Join(" ", ratios.Select(r => $"{r.Name} {r.Ratio:0.00}"))}{counting}");
            string Of((string Model, decimal Pct) d) => $"{d.Pct.ToString("+0;-0;0", CultureInfo.InvariantCulture)}% ({d.Model})";
            if (deltas.Count > 0)
                lines.Add($"ZH vs EN cost: {Of(deltas.MinBy(d => d.Pct))} to {Of(deltas.MaxBy(d => d.Pct))}, {deltas.Count} models");
        }
        lines.AddRange(detail);
        return lines;
    }

    private IReadOnlyList<string> Missing(SideText side) =>
        Tokenizers.Where(t => !_unavailable.ContainsKey(t) && !side.Counts.ContainsKey(t)).ToList();

    private void Replace(CostLabSide side, string text)
    {
        var old = _sides[(int)side];
        if (old.Text == text) return;
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        // Another side with the same text lends its counts (1 / 2 copy the text: nothing to recount).
        if (_sides.FirstOrDefault(s => s.Text == text) is { } same)
            foreach (var (name, n) in same.Counts) counts[name] = n;
        _sides[(int)side] = new SideText(text, counts);
    }

    private void CopyText(CostLabSide side) => Replace(side, Text);

    private static decimal Next(decimal[] steps, decimal current, Func<decimal, bool> allowed)
    {
        var at = Array.IndexOf(steps, current);
        for (var i = 1; i <= steps.Length; i++)
        {
            var candidate = steps[(at + i + steps.Length) % steps.Length];
            if (allowed(candidate)) return candidate;
        }
        return current;
    }

    private static string Percent(decimal share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}

/// <summary>The routing mix the Cost lab shows: a preset as set, or custom after a share was changed.</summary>
public enum RoutingChoice { None, EqualSplit, CheapestMostly, Custom }

/// <summary>The three texts the Cost lab counts: the text area and the language tax's two sides.</summary>
public enum CostLabSide { Text, English, Chinese }

/// <summary>One counting job: the tokenizers to try, in order, and the texts still to count.</summary>
public sealed record CountWork(int Job, IReadOnlyList<string> Tokenizers, IReadOnlyList<SideWork> Sides)
{
    public bool IsEmpty => Sides.Count == 0;
}

/// <summary>A text (as its side shows it now) and the tokenizers that have not counted it.</summary>
public sealed record SideWork(CostLabSide Side, string Text, IReadOnlyList<string> Tokenizers);

/// <summary>A priced routing mix: the shares' sum (before normalising), the blended cost per request, the models in it and those without a cost.</summary>
public sealed record MixResult(decimal ShareSum, decimal? PerRequestUsd, int Models, IReadOnlyList<ModelKey> LeftOut);
