using System.Buffers;
using System.Collections.Concurrent;
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
    private const int CacheLimit = 200_000;
    private readonly ConcurrentDictionary<string, int[]> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _cacheBySpan;

    public ByteLevelBpeModel(BpeVocabulary vocabulary, PreTokenizerChain preTokenizer, AddedTokenSplitter addedTokens,
        NormalizationForm? normalization, bool ignoreMerges)
    {
        Vocabulary = vocabulary;
        PreTokenizer = preTokenizer;
        AddedTokens = addedTokens;
        Normalization = normalization;
        IgnoreMerges = ignoreMerges;
        _cacheBySpan = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public BpeVocabulary Vocabulary { get; }
    public PreTokenizerChain PreTokenizer { get; }
    public AddedTokenSplitter AddedTokens { get; }
    public NormalizationForm? Normalization { get; }

    /// <summary>A piece that is itself a token is emitted whole, without merging (tiktoken always; HF per file).</summary>
    public bool IgnoreMerges { get; }

    /// <summary>Forgets the cached pieces (benchmarks measure cold-cache throughput with it).</summary>
    public void ClearCache()
    {
        _cache.Clear();
        Interlocked.Exchange(ref _cached, 0);
    }

    private int _cached;

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
        if (_cacheBySpan.TryGetValue(piece, out var cached))
        {
            ids?.AddRange(cached);
            return cached.Length;
        }
        var result = EncodeUncached(piece);
        // ConcurrentDictionary.Count takes every lock: keep our own (approximate) count.
        if (Interlocked.Increment(ref _cached) >= CacheLimit) ClearCache();
        _cache.TryAdd(piece.ToString(), result);
        ids?.AddRange(result);
        return result.Length;
    }

    private int[] EncodeUncached(ReadOnlySpan<char> piece)
    {
        var byteCount = Encoding.UTF8.GetByteCount(piece);
        var bytes = ArrayPool<byte>.Shared.Rent(byteCount);
        var symbols = ArrayPool<int>.Shared.Rent(byteCount);
        char[]? chars = null;
        try
        {
            Encoding.UTF8.GetBytes(piece, bytes);
            if (IgnoreMerges)
            {
                chars = ArrayPool<char>.Shared.Rent(byteCount);
                ByteLevelAlphabet.Encode(bytes.AsSpan(0, byteCount), chars);
                if (Vocabulary.TryGetId(chars.AsSpan(0, byteCount), out var whole)) return [whole];
            }
            for (var i = 0; i < byteCount; i++) symbols[i] = Vocabulary.ByteIds[bytes[i]];
            var count = BpeMerger.Merge(Vocabulary, symbols.AsSpan(0, byteCount));
            return symbols.AsSpan(0, count).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<int>.Shared.Return(symbols);
            if (chars is not null) ArrayPool<char>.Shared.Return(chars);
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
            var token = Vocabulary.TokenOf(id);
            if (token is null) continue;
            bytes.AddRange(ByteLevelAlphabet.Decode(token) ?? []);
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }
}
