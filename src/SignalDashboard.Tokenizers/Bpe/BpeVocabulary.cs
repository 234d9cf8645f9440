namespace SignalDashboard.Tokenizers.Bpe;

/// <summary>
/// A byte-level BPE vocabulary: token strings (byte-level alphabet) ↔ ids, and the merge table as pairs of ids.
/// Both Hugging Face merges and tiktoken ranks are reduced to this one form.
/// </summary>
public sealed class BpeVocabulary
{
    private readonly Dictionary<string, int> _ids;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _idsBySpan;
    private readonly Dictionary<long, Merge> _merges;
    private readonly string?[] _tokens;

    /// <summary>One merge: its priority (lower merges first) and the id of the merged token.</summary>
    public readonly record struct Merge(int Rank, int Id);

    private BpeVocabulary(Dictionary<string, int> ids, Dictionary<long, Merge> merges)
    {
        _ids = ids;
        _idsBySpan = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        _merges = merges;
        ByteIds = new int[256];
        for (var b = 0; b < 256; b++)
        {
            if (!ids.TryGetValue(ByteLevelAlphabet.Encode((byte)b).ToString(), out ByteIds[b]))
                throw new TokenizerLoadException($"the vocabulary has no token for byte 0x{b:X2}");
        }
        var max = ids.Count == 0 ? 0 : ids.Values.Max();
        _tokens = new string?[max + 1];
        foreach (var (token, id) in ids) _tokens[id] = token;
    }

    /// <summary>The token id of each single byte (the starting symbols of byte-level BPE).</summary>
    public int[] ByteIds { get; }

    public int Count => _ids.Count;

    public bool TryGetId(ReadOnlySpan<char> token, out int id) => _idsBySpan.TryGetValue(token, out id);

    public string? TokenOf(int id) => id >= 0 && id < _tokens.Length ? _tokens[id] : null;

    public bool TryGetMerge(int left, int right, out Merge merge) => _merges.TryGetValue(Key(left, right), out merge);

    private static long Key(int left, int right) => ((long)left << 32) | (uint)right;

    /// <summary>
    /// long's own hash is high ^ low, so the pairs (a, b) and (b, a) — and every pair with the same XOR — collide:
    /// with millions of merges that makes lookups crawl. A multiplicative (Fibonacci) hash spreads them.
    /// </summary>
    private sealed class PairComparer : IEqualityComparer<long>
    {
        public static readonly PairComparer Instance = new();
        public bool Equals(long x, long y) => x == y;
        public int GetHashCode(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> 32);
    }

    /// <summary>Hugging Face form: merges in priority order, each the two token strings joined into a vocabulary entry.</summary>
    public static BpeVocabulary FromMerges(Dictionary<string, int> ids, IReadOnlyList<(string Left, string Right)> merges)
    {
        var table = new Dictionary<long, Merge>(merges.Count, PairComparer.Instance);
        for (var rank = 0; rank < merges.Count; rank++)
        {
            var (left, right) = merges[rank];
            if (!ids.TryGetValue(left, out var l) || !ids.TryGetValue(right, out var r))
                throw new TokenizerLoadException($"merge {rank} (\"{left} {right}\") names a token that is not in the vocabulary");
            if (!ids.TryGetValue(left + right, out var merged))
                throw new TokenizerLoadException($"merge {rank} (\"{left} {right}\") makes a token that is not in the vocabulary");
            table.TryAdd(Key(l, r), new Merge(rank, merged)); // the first (highest-priority) entry wins
        }
        return new BpeVocabulary(ids, table);
    }

    /// <summary>
    /// tiktoken form: ranks of byte sequences. tiktoken merges the adjacent pair whose concatenation has the lowest
    /// rank, so every split of a token into two tokens is a merge whose priority is the token's rank.
    /// </summary>
    public static BpeVocabulary FromRanks(IEnumerable<KeyValuePair<ReadOnlyMemory<byte>, int>> ranks)
    {
        var ids = new Dictionary<string, int>();
        foreach (var (bytes, rank) in ranks) ids[ByteLevelAlphabet.Encode(bytes.Span)] = rank;
        var lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        var table = new Dictionary<long, Merge>(ids.Count * 4, PairComparer.Instance);
        foreach (var (token, id) in ids)
        {
            for (var split = 1; split < token.Length; split++)
            {
                if (lookup.TryGetValue(token.AsSpan(0, split), out var l) && lookup.TryGetValue(token.AsSpan(split), out var r))
                    table.TryAdd(Key(l, r), new Merge(id, id));
            }
        }
        return new BpeVocabulary(ids, table);
    }
}
