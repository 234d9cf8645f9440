using System.Globalization;
using SignalDashboard.Composition;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Cost;
using SignalDashboard.Core.Watchlists;
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
/// <para>
/// Here: the texts, the toggles, the rows and the selected row. Counting is in <c>CostLabState.Counting.cs</c>, the
/// routing mix in <c>CostLabState.Routing.cs</c>, the lines and titles in <c>CostLabState.Lines.cs</c>.
/// </para>
/// </summary>
public sealed partial class CostLabState(ModelCatalog catalog, DateOnly day, CostLabData data)
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
            byte[] bytes;
            try
            {
                bytes = UserFile.ReadAll(path, MaxFileBytes); // a named pipe or /dev/zero is refused, not waited on
            }
            catch (UserFileException e) when (e.Reason.StartsWith("larger than", StringComparison.Ordinal))
            {
                throw new InputProblemException($"more than the 4 MB the lab shows; 'sigdash tokens FILE' counts any size");
            }
            using (var stream = new MemoryStream(bytes))
                new StreamingTokenCounter([]).Count(stream); // checks: empty, binary, invalid UTF-8 (one line each)
            SetText(System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'));
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

    // ---- the rows ----

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

    /// <summary>The cost table: every model's row with its routing share.</summary>
    public IReadOnlyList<CostLabRow> TableRows() => Rows().Select(r => new CostLabRow(r, ShareOf(r.Model.Key))).ToList();

    // ---- the selected row: what + - 0 change and w watches ----

    /// <summary>The row under the cursor, an index into <see cref="Rows"/>.</summary>
    public int SelectedIndex { get; private set; }

    public void Select(int index) => SelectedIndex = Math.Max(0, index);

    /// <summary>The selected row's model; null when the index is past the rows.</summary>
    public ModelKey? SelectedModel => Rows() is var rows && SelectedIndex < rows.Count ? rows[SelectedIndex].Model.Key : null;

    public WatchItem? SelectedWatchItem => SelectedModel is { } model ? WatchItem.ForModel(model) : null;

    /// <summary>The selected model's share ±<paramref name="delta"/> (see <see cref="AdjustShare"/>).</summary>
    public void AdjustSelectedShare(decimal delta)
    {
        if (SelectedModel is { } model) AdjustShare(model, delta);
    }

    public void ClearSelectedShare()
    {
        if (SelectedModel is { } model) ClearShare(model);
    }

    // ---- the text area ----

    /// <summary>
    /// Longer texts (a loaded file) are shown in part and not editable here: Terminal.Gui's TextView takes seconds and
    /// hundreds of MB for a few MB of wrapped text. They are counted and priced whole.
    /// </summary>
    public const int EditableChars = 32 * 1024;

    /// <summary>How much of a text too long to edit the text area shows.</summary>
    public const int PreviewChars = 4 * 1024;

    /// <summary>True when the text is too long for the text area: it shows the beginning, read-only.</summary>
    public bool ShowsPreview => Text.Length > EditableChars;

    /// <summary>What the text area shows: the text, or its beginning and "…" (never half a character).</summary>
    public string TextShown =>
        !ShowsPreview ? Text : Text[..(char.IsHighSurrogate(Text[PreviewChars - 1]) ? PreviewChars - 1 : PreviewChars)] + "…";

    /// <summary>Whether <c>t</c> may edit the text here; when not, <see cref="Message"/> says why.</summary>
    public bool StartEditing()
    {
        if (!ShowsPreview) return true;
        Note($"too long to edit here (over {EditableChars / 1024} KB): edit the file, then f loads it again");
        return false;
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
