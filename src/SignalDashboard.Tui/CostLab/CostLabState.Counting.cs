namespace SignalDashboard.Tui.CostLab;

/// <summary>
/// Counting, as <see cref="CostLabCounter"/> asks and answers on the UI thread: what is left to count
/// (<see cref="NextWork"/>), progress, results, and the tokenizers that cannot count.
/// </summary>
public sealed partial class CostLabState
{
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
}

/// <summary>The three texts the Cost lab counts: the text area and the language tax's two sides.</summary>
public enum CostLabSide { Text, English, Chinese }

/// <summary>One counting job: the tokenizers to try, in order, and the texts still to count.</summary>
public sealed record CountWork(int Job, IReadOnlyList<string> Tokenizers, IReadOnlyList<SideWork> Sides)
{
    public bool IsEmpty => Sides.Count == 0;
}

/// <summary>A text (as its side shows it now) and the tokenizers that have not counted it.</summary>
public sealed record SideWork(CostLabSide Side, string Text, IReadOnlyList<string> Tokenizers);
