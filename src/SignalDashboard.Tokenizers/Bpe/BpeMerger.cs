using System.Buffers;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SignalDashboard.Tokenizers.Bpe;

/// <summary>
/// Which adjacent pair merges, with what priority, into which token. Hugging Face ranks pairs of ids (its merges
/// list); tiktoken ranks the joined bytes (a pair merges when its concatenation is a token, the token's rank being
/// the priority). A struct, so the merge loop is compiled once per rule with the lookup inlined.
/// </summary>
internal interface IMergeRule
{
    /// <summary>
    /// Can symbol leftId join the next one, rightId, the two covering piece[leftStart..rightEnd)? (Where one ends and the
    /// other starts is not needed: a pair rule asks by ids, a concatenation rule by the joined bytes.)
    /// </summary>
    bool TryMerge(ReadOnlySpan<byte> piece, int leftStart, int rightEnd, int leftId, int rightId, out int rank, out int mergedId);

    /// <summary>The merges of two single bytes, precomputed: (rank, merged id) at [left * 256 + right].</summary>
    BytePairMerge[] BytePairs { get; }

    /// <summary>Recent answers of <see cref="TryMerge"/> by pair of ids (the ids determine the bytes).</summary>
    PairLookupCache Cache { get; }
}

/// <summary>What two bytes merge into (rank <see cref="int.MaxValue"/>: they do not).</summary>
internal readonly record struct BytePairMerge(int Rank, int Id);

internal readonly struct PairRule(PairMergeTable pairs, BytePairMerge[] bytePairs, PairLookupCache cache) : IMergeRule
{
    public BytePairMerge[] BytePairs => bytePairs;
    public PairLookupCache Cache => cache;

    public bool TryMerge(ReadOnlySpan<byte> piece, int leftStart, int rightEnd, int leftId, int rightId, out int rank, out int mergedId) =>
        pairs.TryGet(leftId, rightId, out rank, out mergedId);
}

internal readonly struct ConcatenationRule(ByteSequenceTable tokens, BytePairMerge[] bytePairs, PairLookupCache cache) : IMergeRule
{
    public BytePairMerge[] BytePairs => bytePairs;
    public PairLookupCache Cache => cache;

    public bool TryMerge(ReadOnlySpan<byte> piece, int leftStart, int rightEnd, int leftId, int rightId, out int rank, out int mergedId)
    {
        var found = tokens.TryGetId(piece[leftStart..rightEnd], out mergedId);
        rank = found ? mergedId : int.MaxValue;
        return found;
    }
}

/// <summary>
/// Byte-pair merging of one pre-token: start from its bytes, repeatedly merge the adjacent pair with the lowest
/// rank (leftmost on ties) until no pair merges. Each pair's rank is looked up once and kept; after a merge only the
/// two pairs beside it are looked up again (tiktoken's loop). Short pieces find the lowest rank by scanning; long
/// ones use a heap (O(n log n)), so a megabyte-long "word" does not go quadratic.
/// </summary>
internal static class BpeMerger
{
    private const int ScanLimit = 128; // measured on Chinese text: the heap costs more below this length

    /// <summary>
    /// Merges the symbols of <paramref name="piece"/>: <paramref name="ids"/> holds the id of each byte on entry and
    /// the merged ids on exit; returns how many there are.
    /// </summary>
    public static int Merge<TRule>(TRule rule, ReadOnlySpan<byte> piece, Span<int> ids) where TRule : struct, IMergeRule =>
        piece.Length <= ScanLimit ? MergeByScan(rule, piece, ids) : MergeByHeap(rule, piece, ids);

    /// <summary>The rule's answer for a pair of symbols, through the rule's <see cref="PairLookupCache"/>.</summary>
    private static bool TryMerge<TRule>(TRule rule, ReadOnlySpan<byte> piece, int leftStart, int rightEnd, int leftId, int rightId,
        out int rank, out int mergedId) where TRule : struct, IMergeRule
    {
        var cache = rule.Cache;
        if (!cache.TryGet(leftId, rightId, out rank, out mergedId))
        {
            if (!rule.TryMerge(piece, leftStart, rightEnd, leftId, rightId, out rank, out mergedId))
                (rank, mergedId) = (int.MaxValue, -1);
            cache.Set(leftId, rightId, rank, mergedId);
        }
        return rank != int.MaxValue;
    }

    private static int MergeByScan<TRule>(TRule rule, ReadOnlySpan<byte> piece, Span<int> ids) where TRule : struct, IMergeRule
    {
        // Symbols keep the position of their first byte; next / prev link the live ones. pairs[p] = rank << 32 |
        // merged id of the symbol at p with the next one; long.MaxValue when there is none or p merged away. The
        // lowest pair is found by a vectorized scan of the whole array (dead positions included): no shifting after a
        // merge, no chasing links while scanning. Equal packed values are the same merge, so the first is the leftmost.
        var n = piece.Length;
        if (n < 2) return n;
        Span<long> pairs = stackalloc long[n];
        Span<int> next = stackalloc int[n];
        Span<int> prev = stackalloc int[n];
        Start(rule, piece, pairs, next, prev);

        var count = n;
        while (count > 1)
        {
            var at = IndexOfMin(pairs, out var best);
            if (best == None) break;
            var right = next[at];
            ids[at] = (int)best;
            pairs[right] = None;
            next[at] = next[right];
            if (next[at] < n) prev[next[at]] = at;
            count--;
            pairs[at] = PairAt(rule, piece, next, ids, at);
            if (prev[at] >= 0) pairs[prev[at]] = PairAt(rule, piece, next, ids, prev[at]);
        }
        var write = 0;
        for (var p = 0; p < n; p = next[p]) ids[write++] = ids[p];
        return write;
    }

    /// <summary>Every byte a symbol, linked to its neighbours; each pair of bytes ranked from the byte-pair table.</summary>
    private static void Start<TRule>(TRule rule, ReadOnlySpan<byte> piece, Span<long> pairs, Span<int> next, Span<int> prev) where TRule : struct, IMergeRule
    {
        var n = piece.Length;
        var bytePairs = rule.BytePairs;
        for (var i = 0; i < n; i++)
        {
            next[i] = i + 1;
            prev[i] = i - 1;
            var (rank, merged) = i + 1 < n ? bytePairs[(piece[i] << 8) | piece[i + 1]] : new BytePairMerge(int.MaxValue, -1);
            pairs[i] = Pack(rank, merged);
        }
    }

    private const long None = long.MaxValue; // Pack(int.MaxValue, -1)

    private static long Pack(int rank, int merged) => ((long)rank << 32) | (uint)merged;

    private static long PairAt<TRule>(TRule rule, ReadOnlySpan<byte> piece, Span<int> next, Span<int> ids, int p) where TRule : struct, IMergeRule
    {
        var right = next[p];
        if (right >= piece.Length) return None;
        return TryMerge(rule, piece, p, next[right], ids[p], ids[right], out var rank, out var merged) ? Pack(rank, merged) : None;
    }

    /// <summary>The first position of the lowest value; a plain loop for short spans, vectors for longer ones.</summary>
    private static int IndexOfMin(ReadOnlySpan<long> values, out long min)
    {
        if (values.Length >= 32)
        {
            min = Min(values);
            return values.IndexOf(min);
        }
        min = values[0];
        var at = 0;
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] < min)
            {
                min = values[i];
                at = i;
            }
        }
        return at;
    }

    private static long Min(ReadOnlySpan<long> values)
    {
        var min = long.MaxValue;
        var i = 0;
        if (Vector256.IsHardwareAccelerated && values.Length >= Vector256<long>.Count)
        {
            ref var start = ref MemoryMarshal.GetReference(values);
            var lanes = Vector256.Create(long.MaxValue);
            for (; i <= values.Length - Vector256<long>.Count; i += Vector256<long>.Count)
                lanes = Vector256.Min(lanes, Vector256.LoadUnsafe(ref start, (nuint)i));
            for (var lane = 0; lane < Vector256<long>.Count; lane++) min = Math.Min(min, lanes[lane]);
        }
        for (; i < values.Length; i++) min = Math.Min(min, values[i]);
        return min;
    }

    private static int MergeByHeap<TRule>(TRule rule, ReadOnlySpan<byte> piece, Span<int> ids) where TRule : struct, IMergeRule
    {
        // As the scan, with a binary min-heap of (rank << 32 | position) instead of scanning: the lowest rank,
        // leftmost on ties. Entries go stale when a neighbour merges; one is live while its symbol is and still has
        // that rank (a symbol only grows, so its pair never returns to an earlier rank).
        var n = piece.Length;
        var rentedInts = ArrayPool<int>.Shared.Rent(2 * n);
        var rentedLongs = ArrayPool<long>.Shared.Rent(4 * n);
        try
        {
            var next = rentedInts.AsSpan(0, n);
            var prev = rentedInts.AsSpan(n, n);
            var pairs = rentedLongs.AsSpan(0, n);
            var heap = new MinHeap(rentedLongs.AsSpan(n, 3 * n));
            Start(rule, piece, pairs, next, prev);
            for (var i = 0; i < n; i++)
            {
                if (pairs[i] != None) heap.Push((pairs[i] & ~0xFFFF_FFFFL) | (uint)i);
            }

            while (heap.TryPop(out var top))
            {
                var at = (int)(uint)top;
                if (ids[at] < 0 || pairs[at] >> 32 != top >> 32) continue; // stale
                var right = next[at];
                ids[at] = (int)pairs[at];
                ids[right] = -1;
                pairs[right] = None;
                next[at] = next[right];
                if (next[at] < n) prev[next[at]] = at;
                foreach (var p in (ReadOnlySpan<int>)[at, prev[at]])
                {
                    if (p < 0) continue;
                    pairs[p] = PairAt(rule, piece, next, ids, p);
                    if (pairs[p] != None) heap.Push((pairs[p] & ~0xFFFF_FFFFL) | (uint)p);
                }
            }
            var write = 0;
            for (var p = 0; p < n; p = next[p]) ids[write++] = ids[p];
            return write;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rentedInts);
            ArrayPool<long>.Shared.Return(rentedLongs);
        }
    }

    /// <summary>A binary min-heap of longs in a caller's array (at most one push per pair and two per merge: 3n).</summary>
    private ref struct MinHeap(Span<long> items)
    {
        private readonly Span<long> _items = items;
        private int _count;

        public void Push(long item)
        {
            var i = _count++;
            while (i > 0)
            {
                var parent = (i - 1) >> 1;
                if (_items[parent] <= item) break;
                _items[i] = _items[parent];
                i = parent;
            }
            _items[i] = item;
        }

        public bool TryPop(out long top)
        {
            if (_count == 0)
            {
                top = 0;
                return false;
            }
            top = _items[0];
            var last = _items[--_count];
            var i = 0;
            while (true)
            {
                var child = 2 * i + 1;
                if (child >= _count) break;
                if (child + 1 < _count && _items[child + 1] < _items[child]) child++;
                if (_items[child] >= last) break;
                _items[i] = _items[child];
                i = child;
            }
            _items[i] = last;
            return true;
        }
    }
}
