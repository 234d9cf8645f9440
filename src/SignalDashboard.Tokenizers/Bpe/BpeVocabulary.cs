namespace SignalDashboard.Tokenizers.Bpe;

/// <summary>
/// A byte-level BPE vocabulary: the tokens as bytes (<see cref="ByteSequenceTable"/>), the id of each single byte,
/// and how pairs merge — Hugging Face's ranked pairs of ids, or tiktoken's ranks of the joined bytes.
/// </summary>
public sealed class BpeVocabulary
{
    private readonly PairMergeTable? _pairs; // null: tiktoken (a pair merges when its concatenation is a token)
    private readonly BytePairMerge[] _bytePairs;
    private readonly PairLookupCache _cache = new();

    private BpeVocabulary(ByteSequenceTable tokens, PairMergeTable? pairs)
    {
        Tokens = tokens;
        _pairs = pairs;
        ByteIds = new int[256];
        Span<byte> two = stackalloc byte[2];
        for (var b = 0; b < 256; b++)
        {
            two[0] = (byte)b;
            if (!tokens.TryGetId(two[..1], out ByteIds[b]))
                throw new TokenizerLoadException($"the vocabulary has no token for byte 0x{b:X2}");
        }
        // Every piece starts as single bytes: its first round of lookups is a table read (512 KB, cache-resident).
        _bytePairs = new BytePairMerge[256 * 256];
        for (var left = 0; left < 256; left++)
        {
            for (var right = 0; right < 256; right++)
            {
                (two[0], two[1]) = ((byte)left, (byte)right);
                int rank, id;
                bool found;
                if (pairs is not null)
                {
                    found = pairs.TryGet(ByteIds[left], ByteIds[right], out rank, out id);
                }
                else
                {
                    found = tokens.TryGetId(two, out id); // tiktoken: a pair's rank is the id of its joined bytes
                    rank = id;
                }
                _bytePairs[(left << 8) | right] = found ? new BytePairMerge(rank, id) : new BytePairMerge(int.MaxValue, -1);
            }
        }
    }

    public ByteSequenceTable Tokens { get; }

    /// <summary>The token id of each single byte (the starting symbols of byte-level BPE).</summary>
    public int[] ByteIds { get; }

    public int Count => Tokens.Count;

    /// <summary>The token's byte-level string (GPT-2's alphabet, as tokenizer.json writes it), or null.</summary>
    public string? TokenOf(int id) => Tokens.Contains(id) ? ByteLevelAlphabet.Encode(Tokens.BytesOf(id)) : null;

    /// <summary>
    /// Byte-pair merging of one piece: <paramref name="ids"/> (at least as long as the piece) receives its token ids;
    /// returns how many.
    /// </summary>
    public int Merge(ReadOnlySpan<byte> piece, Span<int> ids)
    {
        for (var i = 0; i < piece.Length; i++) ids[i] = ByteIds[piece[i]];
        return _pairs is { } pairs
            ? BpeMerger.Merge(new PairRule(pairs, _bytePairs, _cache), piece, ids)
            : BpeMerger.Merge(new ConcatenationRule(Tokens, _bytePairs, _cache), piece, ids);
    }

    /// <summary>
    /// Hugging Face form: the vocabulary (byte-level strings → ids) and the merges in priority order, each two
    /// token strings whose join is a vocabulary entry.
    /// </summary>
    public static BpeVocabulary FromMerges(Dictionary<string, int> ids, int mergeCount, IEnumerable<(string Left, string Right)> merges)
    {
        var builder = new ByteSequenceTable.Builder(ids.Count);
        foreach (var (token, id) in ids)
        {
            // A vocabulary entry outside the byte-level alphabet cannot come out of merging bytes; it has no bytes.
            var span = builder.Reserve(token.Length);
            if (ByteLevelAlphabet.TryDecode(token, span)) builder.Commit(id, token.Length);
        }
        var lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        var table = new PairMergeTable(mergeCount);
        Span<char> joined = stackalloc char[256];
        var rank = 0;
        foreach (var (left, right) in merges)
        {
            if (!ids.TryGetValue(left, out var l) || !ids.TryGetValue(right, out var r))
                throw new TokenizerLoadException($"merge {rank} (\"{left} {right}\") names a token that is not in the vocabulary");
            var both = left.Length + right.Length <= joined.Length ? joined[..(left.Length + right.Length)] : new char[left.Length + right.Length];
            left.AsSpan().CopyTo(both);
            right.AsSpan().CopyTo(both[left.Length..]);
            if (!lookup.TryGetValue(both, out var merged))
                throw new TokenizerLoadException($"merge {rank} (\"{left} {right}\") makes a token that is not in the vocabulary");
            table.TryAdd(l, r, rank, merged); // the first (highest-priority) entry wins
            rank++;
        }
        return new BpeVocabulary(builder.Build(), table);
    }

    /// <summary>
    /// tiktoken form: the tokens as bytes, the id being the rank. tiktoken merges the adjacent pair whose
    /// concatenation has the lowest rank, so no pair table is needed (or built: that took most of the load time).
    /// </summary>
    public static BpeVocabulary FromRanks(ByteSequenceTable ranks) => new(ranks, pairs: null);
}
