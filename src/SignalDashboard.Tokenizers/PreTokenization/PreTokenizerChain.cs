namespace SignalDashboard.Tokenizers.PreTokenization;

/// <summary>
/// A sequence of Split rules: each rule splits every piece the previous one produced (Hugging Face's
/// <c>Sequence</c> of <c>Split</c> pre-tokenizers; a single tiktoken pattern is a chain of one Isolated rule).
/// </summary>
public sealed class PreTokenizerChain(IReadOnlyList<SplitRule> rules)
{
    public IReadOnlyList<SplitRule> Rules { get; } = rules;

    /// <summary>The pieces of <paramref name="text"/> as (offset, length), in order, none empty.</summary>
    public List<(int Offset, int Length)> Split(ReadOnlySpan<char> text)
    {
        var current = new List<(int Offset, int Length)> { (0, text.Length) };
        if (text.Length == 0) return [];
        var next = new List<(int Offset, int Length)>();
        var scratch = new List<(int Offset, int Length)>();
        foreach (var rule in Rules)
        {
            next.Clear();
            foreach (var (o, l) in current) rule.Split(text, o, l, scratch, next);
            (current, next) = (next, current);
        }
        return current;
    }
}
