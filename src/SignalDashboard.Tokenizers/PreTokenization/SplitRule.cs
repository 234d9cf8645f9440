namespace SignalDashboard.Tokenizers.PreTokenization;

/// <summary>One <c>Split</c> step: a pattern, what happens to its matches, and whether the pattern is inverted.</summary>
public sealed class SplitRule(AstralSafeRegex pattern, SplitBehavior behavior, bool invert = false)
{
    public AstralSafeRegex Pattern { get; } = pattern;
    public SplitBehavior Behavior { get; } = behavior;
    public bool Invert { get; } = invert;

    /// <summary>Splits text[offset..offset+length) and appends the resulting pieces (absolute offsets).</summary>
    public void Split(ReadOnlySpan<char> text, int offset, int length, List<(int Offset, int Length)> matches, List<(int Offset, int Length)> into)
    {
        matches.Clear();
        Pattern.Matches(text.Slice(offset, length), matches);
        // Pieces with a flag: is this piece a match of the (possibly inverted) pattern?
        var pieces = new List<(int Offset, int Length, bool IsMatch)>(matches.Count * 2 + 1);
        var at = 0;
        foreach (var (o, l) in matches)
        {
            if (l == 0) continue;
            if (o > at) pieces.Add((offset + at, o - at, Invert));
            pieces.Add((offset + o, l, !Invert));
            at = o + l;
        }
        if (at < length) pieces.Add((offset + at, length - at, Invert));

        switch (Behavior)
        {
            case SplitBehavior.Isolated:
                foreach (var p in pieces) into.Add((p.Offset, p.Length));
                break;
            case SplitBehavior.Removed:
                foreach (var p in pieces) if (!p.IsMatch) into.Add((p.Offset, p.Length));
                break;
            case SplitBehavior.MergedWithPrevious:
                Merge(pieces, into, attachToPrevious: true);
                break;
            case SplitBehavior.MergedWithNext:
                Merge(pieces, into, attachToPrevious: false);
                break;
            case SplitBehavior.Contiguous:
                for (var i = 0; i < pieces.Count; i++)
                {
                    var (o, l, m) = pieces[i];
                    while (i + 1 < pieces.Count && pieces[i + 1].IsMatch && m) l += pieces[++i].Length;
                    into.Add((o, l));
                }
                break;
        }
    }

    private static void Merge(List<(int Offset, int Length, bool IsMatch)> pieces, List<(int Offset, int Length)> into, bool attachToPrevious)
    {
        if (attachToPrevious)
        {
            // A match joins the piece before it (if any).
            var start = into.Count;
            foreach (var (o, l, m) in pieces)
            {
                if (m && into.Count > start) into[^1] = (into[^1].Offset, into[^1].Length + l);
                else into.Add((o, l));
            }
        }
        else
        {
            // A match joins the piece after it.
            (int Offset, int Length)? pending = null;
            foreach (var (o, l, m) in pieces)
            {
                var piece = pending is { } p ? (p.Offset, p.Length + l) : (o, l);
                if (m) pending = piece;
                else { into.Add(piece); pending = null; }
            }
            if (pending is { } last) into.Add(last);
        }
    }
}
