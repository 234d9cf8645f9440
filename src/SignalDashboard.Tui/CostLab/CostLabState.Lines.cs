using System.Globalization;
using SignalDashboard.Core.Cost;
using SignalDashboard.Presentation;

namespace SignalDashboard.Tui.CostLab;

/// <summary>The Cost lab's texts: the settings line, the Tokens pane, the language tax and the titles.</summary>
public sealed partial class CostLabState
{
    /// <param name="editing">True while the text area has focus.</param>
    public string TextTitle(bool editing) =>
        editing ? "Text · editing: Esc ends (recounts as you pause)"
        : ShowsPreview ? "Text · the beginning (counted whole) · f load"
        : "Text · t edit · f load a file";

    /// <summary>The line under the text: what the last key or file load did, if anything.</summary>
    public IReadOnlyList<string> MessageLines => Message is { } m ? [TerminalText.Sanitize(m)] : [];

    public string TokensTitle => "Tokens · " + TextSize();

    /// <summary>"▸ Language tax … · 3–8 of 16": marked while it has focus; <paramref name="position"/> says which lines show when not all fit.</summary>
    public static string TaxTitle(bool focused, string? position) =>
        (focused ? "▸ " : "") + "Language tax ZH vs EN (1 / 2 set a side · s sample · Tab)" + (position is null ? "" : $" · {position}");

    public string SettingsLine() =>
        $"batch {(Batch ? "on" : "off")} · cache hit {Percent(CacheHitShare)} · cache write {Percent(CacheWriteShare)} {Lifetime} · out/in {OutputRatio.ToString("0.##", CultureInfo.InvariantCulture)}";

    public string Lifetime => CacheWriteLifetime == CacheLifetime.OneHour ? "1h" : "5m";

    /// <summary>The Tokens pane's title: the text's size.</summary>
    public string TextSize() =>
        $"{_sides[(int)CostLabSide.Text].Chars:N0} chars, {_sides[(int)CostLabSide.Text].Bytes:N0} bytes";

    /// <summary>The Tokens pane: per tokenizer the text's count, or why there is none yet.</summary>
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
        return lines.Select(TerminalText.Sanitize).ToList(); // a reason can quote a file
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
        return lines.Select(TerminalText.Sanitize).ToList(); // model names come from catalog files
    }
}

