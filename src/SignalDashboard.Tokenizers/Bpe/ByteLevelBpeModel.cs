using System.Buffers;
using System.Text;
using SignalDashboard.Tokenizers.PreTokenization;

namespace SignalDashboard.Tokenizers.Bpe;

/// <summary>
/// Everything that defines a byte-level BPE tokenizer, and the encoding itself: added tokens → normalization
/// (NFC or none) → pre-tokenizer chain → per piece: the whole piece if <see cref="IgnoreMerges"/> and it is a
/// token, else byte-pair merging. Pieces are cached (text → ids), which is what makes real text fast.
/// </summary>
public sealed class ByteLevelBpeModel
{
    private readonly PieceCache _cache = new();

    public ByteLevelBpeModel(BpeVocabulary vocabulary, PreTokenizerChain preTokenizer, AddedTokenSplitter addedTokens,
        NormalizationForm? normalization, bool ignoreMerges)
    {
        Vocabulary = vocabulary;
        PreTokenizer = preTokenizer;
        AddedTokens = addedTokens;
        Normalization = normalization;
        IgnoreMerges = ignoreMerges;
    }

    public BpeVocabulary Vocabulary { get; }
    public PreTokenizerChain PreTokenizer { get; }
    public AddedTokenSplitter AddedTokens { get; }
    public NormalizationForm? Normalization { get; }

    /// <summary>A piece that is itself a token is emitted whole, without merging (tiktoken always; HF per file).</summary>
    public bool IgnoreMerges { get; }

    /// <summary>Forgets the cached pieces (benchmarks measure cold-cache throughput with it).</summary>
    public void ClearCache() => _cache.Clear();

    /// <summary>Appends the token ids of <paramref name="text"/> to <paramref name="ids"/> (null: count only).</summary>
    public int Encode(ReadOnlySpan<char> text, List<int>? ids)
    {
        var segments = new List<(int Offset, int Length, int AddedId)>();
        AddedTokens.Split(text, segments);
        var count = 0;
        foreach (var (offset, length, addedId) in segments)
        {
            if (addedId >= 0)
            {
                ids?.Add(addedId);
                count++;
                continue;
            }
            var segment = text.Slice(offset, length);
            if (Normalization is { } form)
                segment = UnicodeNormalizer.Normalize(segment, form).AsSpan();
            foreach (var (o, l) in PreTokenizer.Split(segment))
                count += EncodePiece(segment.Slice(o, l), ids);
        }
        return count;
    }

    private int EncodePiece(ReadOnlySpan<char> piece, List<int>? ids)
    {
        if (piece.Length > PieceCache.LongestPiece)
        {
            // Not cached: a piece this long (a hard-cut run of letters, a huge punctuation run) is rarely seen twice,
            // and 73 of 256K chars kept ~75 MB alive counting 20 MB of letters.
            var once = EncodeUncached(piece);
            ids?.AddRange(once);
            return once.Length;
        }
        if (_cache.TryGet(piece, out var cached))
        {
            ids?.AddRange(cached);
            return cached.Length;
        }
        var result = EncodeUncached(piece);
        _cache.Add(piece, result);
        ids?.AddRange(result);
        return result.Length;
    }

    private int[] EncodeUncached(ReadOnlySpan<char> piece)
    {
        var byteCount = Encoding.UTF8.GetByteCount(piece);
        var rented = byteCount > 256 ? ArrayPool<byte>.Shared.Rent(byteCount) : null;
        var rentedIds = byteCount > 256 ? ArrayPool<int>.Shared.Rent(byteCount) : null;
        try
        {
            var bytes = rented is null ? stackalloc byte[byteCount] : rented.AsSpan(0, byteCount);
            var ids = rentedIds is null ? stackalloc int[byteCount] : rentedIds.AsSpan(0, byteCount);
            Encoding.UTF8.GetBytes(piece, bytes);
            if (IgnoreMerges && Vocabulary.Tokens.TryGetId(bytes, out var whole)) return [whole];
            var count = Vocabulary.Merge(bytes, ids);
            return ids[..count].ToArray();
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
            if (rentedIds is not null) ArrayPool<int>.Shared.Return(rentedIds);
        }
    }

    /// <summary>The text of token ids (bytes joined, then UTF-8 decoded; added tokens as their text).</summary>
    public string Decode(IEnumerable<int> ids, IReadOnlyDictionary<int, string> addedById)
    {
        var bytes = new List<byte>();
        foreach (var id in ids)
        {
            if (addedById.TryGetValue(id, out var added))
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(added));
                continue;
            }
            bytes.AddRange(Vocabulary.Tokens.BytesOf(id));
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }
}
