using System.Text.RegularExpressions;

namespace SignalDashboard.Tokenizers.Bpe;

/// <summary>
/// Finds added tokens (special and not) in raw text, leftmost-longest, before normalization and pre-tokenization
/// — as Hugging Face tokenizers do. Text between them is tokenized normally.
/// </summary>
public sealed class AddedTokenSplitter
{
    private readonly Regex? _regex;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _ids;

    public AddedTokenSplitter(IReadOnlyDictionary<string, int> tokens)
    {
        var ids = new Dictionary<string, int>(tokens);
        _ids = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        Count = ids.Count;
        if (ids.Count == 0) return;
        // Longest first, so the alternation picks the longest token at the leftmost position.
        var alternatives = ids.Keys.Where(k => k.Length > 0).OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).Select(Regex.Escape);
        _regex = new Regex(string.Join('|', alternatives), RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    public int Count { get; }

    /// <summary>Segments of text: (offset, length, added-token id or -1 for ordinary text).</summary>
    public void Split(ReadOnlySpan<char> text, List<(int Offset, int Length, int AddedId)> into)
    {
        var at = 0;
        if (_regex is not null)
        {
            foreach (var m in _regex.EnumerateMatches(text))
            {
                if (m.Index > at) into.Add((at, m.Index - at, -1));
                _ids.TryGetValue(text.Slice(m.Index, m.Length), out var id);
                into.Add((m.Index, m.Length, id));
                at = m.Index + m.Length;
            }
        }
        if (at < text.Length) into.Add((at, text.Length - at, -1));
    }
}
