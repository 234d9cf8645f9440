using System.Buffers;

namespace SignalDashboard.Tokenizers.Bpe;

/// <summary>
/// Finds added tokens (special and not) in raw text, leftmost-longest, before normalization and pre-tokenization
/// — as Hugging Face tokenizers do. Text between them is tokenized normally. A vectorized search for the tokens'
/// first characters finds the candidates (no regex: under Native AOT an alternation of 800 tokens is interpreted).
/// </summary>
public sealed class AddedTokenSplitter
{
    private readonly SearchValues<char>? _firstChars;
    private readonly Dictionary<char, (string Text, int Id)[]> _byFirstChar = [];
    private readonly HashSet<int> _innerPairs = []; // (left << 16) | right for every two adjacent chars of a token

    public AddedTokenSplitter(IReadOnlyDictionary<string, int> tokens)
    {
        Count = tokens.Count;
        foreach (var group in tokens.Where(t => t.Key.Length > 0).GroupBy(t => t.Key[0]))
        {
            // Longest first: at a position, the longest token that matches wins.
            _byFirstChar[group.Key] = group.OrderByDescending(t => t.Key.Length).ThenBy(t => t.Key, StringComparer.Ordinal)
                .Select(t => (t.Key, t.Value)).ToArray();
        }
        if (_byFirstChar.Count > 0) _firstChars = SearchValues.Create(_byFirstChar.Keys.ToArray());
        foreach (var text in tokens.Keys)
        {
            for (var i = 1; i < text.Length; i++) _innerPairs.Add((text[i - 1] << 16) | text[i]);
        }
    }

    public int Count { get; }

    /// <summary>
    /// Could an added token hold <paramref name="left"/> followed by <paramref name="right"/>? When not, no token
    /// occurrence spans a cut between them, so the leftmost-longest search finds the same tokens before the cut in
    /// the left part and after it in the right part (a streaming count must not cut "&lt;think&gt;" at "k|&gt;").
    /// </summary>
    public bool MaySpan(char left, char right) => _innerPairs.Contains((left << 16) | right);

    /// <summary>Segments of text: (offset, length, added-token id or -1 for ordinary text).</summary>
    public void Split(ReadOnlySpan<char> text, List<(int Offset, int Length, int AddedId)> into)
    {
        var at = 0;     // start of the ordinary text not yet emitted
        var search = 0; // where to look for the next candidate
        while (_firstChars is not null && search < text.Length)
        {
            var found = text[search..].IndexOfAny(_firstChars);
            if (found < 0) break;
            var position = search + found;
            var match = Match(text[position..]);
            if (match is not { } token)
            {
                search = position + 1;
                continue;
            }
            if (position > at) into.Add((at, position - at, -1));
            into.Add((position, token.Text.Length, token.Id));
            at = search = position + token.Text.Length;
        }
        if (at < text.Length) into.Add((at, text.Length - at, -1));
    }

    private (string Text, int Id)? Match(ReadOnlySpan<char> text)
    {
        foreach (var token in _byFirstChar[text[0]])
        {
            if (text.StartsWith(token.Text, StringComparison.Ordinal)) return token;
        }
        return null;
    }
}
