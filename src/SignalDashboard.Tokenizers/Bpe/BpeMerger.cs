using System.Buffers;

namespace SignalDashboard.Tokenizers.Bpe;

/// <summary>
/// Which adjacent pair merges, with what priority, into which token. Hugging Face ranks pairs of ids (its merges
/// list); tiktoken ranks the joined bytes (a pair merges when its concatenation is a token, the token's rank being
/// the priority). A struct, so the merge loop is compiled once per rule with the lookup inlined.
/// </summary>
internal interface IMergeRule
{
    /// <summary>Can symbol [leftStart, rightStart) (id leftId) join [rightStart, rightEnd) (id rightId)?</summary>
    bool TryMerge(ReadOnlySpan<byte> piece, int leftStart, int rightStart, int rightEnd, int leftId, int rightId, out int rank, out int mergedId);

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

    public bool TryMerge(ReadOnlySpan<byte> piece, int leftStart, int rightStart, int rightEnd, int leftId, int rightId, out int rank, out int mergedId) =>
        pairs.TryGet(leftId, rightId, out rank, out mergedId);
}

internal readonly struct ConcatenationRule(ByteSequenceTable tokens, BytePairMerge[] bytePairs, PairLookupCache cache) : IMergeRule
{
    public BytePairMerge[] BytePairs => bytePairs;
    public PairLookupCache Cache => cache;

    public bool TryMerge(ReadOnlySpan<byte> piece, int leftStart, int rightStart, int rightEnd, int leftId, int rightId, out int rank, out int mergedId)
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
    private static bool TryMerge<TRule>(TRule rule, ReadOnlySpan<byte> piece, int leftStart, int rightStart, int rightEnd, int leftId, int rightId,
        out int rank, out int mergedId) where TRule : struct, IMergeRule
    {
        var cache = rule.Cache;
        if (!cache.TryGet(leftId, rightId, out rank, out mergedId))
        {
            if (!rule.TryMerge(piece, leftStart, rightStart, rightEnd, leftId, rightId, out rank, out mergedId))
                (rank, mergedId) = (int.MaxValue, -1);
            cache.Set(leftId, rightId, rank, mergedId);
        }
        return rank != int.MaxValue;
    }

    private static int MergeByScan<TRule>(TRule rule, ReadOnlySpan<byte> piece, Span<int> ids) where TRule : struct, IMergeRule
    {
        // Two packed arrays, shifted after each merge (two small memmoves beat chasing links on every scan):
        // symbols[i] = start byte << 32 | id; pairs[i] = rank << 32 | merged id of symbols i and i + 1. Comparing
        // packed pairs compares ranks (equal ranks are the same merge, so the first minimum is the leftmost).
        var n = piece.Length;
        if (n < 2) return n;
        Span<long> symbols = stackalloc long[n];
        Span<long> pairs = stackalloc long[n];
        var bytePairs = rule.BytePairs;
        for (var i = 0; i < n; i++)
        {
            symbols[i] = ((long)i << 32) | (uint)ids[i];
            var (rank, merged) = i + 1 < n ? bytePairs[(piece[i] << 8) | piece[i + 1]] : new BytePairMerge(int.MaxValue, -1);
            pairs[i] = Pack(rank, merged);
        }

        var count = n;
        while (count > 1)
        {
            var best = pairs[0];
            var at = 0;
            for (var i = 1; i < count - 1; i++)
            {
                if (pairs[i] < best)
                {
                    best = pairs[i];
                    at = i;
                }
            }
            if ((int)(best >> 32) == int.MaxValue) break;
            symbols[at] = (symbols[at] & ~0xFFFF_FFFFL) | (uint)best;
            symbols.Slice(at + 2, count - at - 2).CopyTo(symbols[(at + 1)..]);
            pairs.Slice(at + 2, count - at - 2).CopyTo(pairs[(at + 1)..]);
            count--;
            pairs[at] = PairAt(rule, piece, symbols, count, at);
            if (at > 0) pairs[at - 1] = PairAt(rule, piece, symbols, count, at - 1);
        }
        for (var i = 0; i < count; i++) ids[i] = (int)symbols[i];
        return count;
    }

    private static long Pack(int rank, int merged) => ((long)rank << 32) | (uint)merged;

    private static long PairAt<TRule>(TRule rule, ReadOnlySpan<byte> piece, Span<long> symbols, int count, int i) where TRule : struct, IMergeRule
    {
        if (i + 1 >= count) return Pack(int.MaxValue, -1);
        var end = i + 2 < count ? (int)(symbols[i + 2] >> 32) : piece.Length;
        TryMerge(rule, piece, (int)(symbols[i] >> 32), (int)(symbols[i + 1] >> 32), end, (int)symbols[i], (int)symbols[i + 1], out var rank, out var merged);
        return Pack(rank, merged);
    }

    private static void Rank<TRule>(TRule rule, ReadOnlySpan<byte> piece, Span<int> next, Span<int> ids, Span<int> ranks, Span<int> merged, int p)
        where TRule : struct, IMergeRule
    {
        var right = next[p];
        if (right >= piece.Length)
        {
            ranks[p] = int.MaxValue;
            return;
        }
        TryMerge(rule, piece, p, right, next[right], ids[p], ids[right], out ranks[p], out merged[p]);
    }

    private static int MergeByHeap<TRule>(TRule rule, ReadOnlySpan<byte> piece, Span<int> ids) where TRule : struct, IMergeRule
    {
        // As the scan, plus prev links and a binary min-heap of (rank << 32 | position): the lowest rank, leftmost
        // on ties. Entries go stale when a neighbour merges; one is live while its symbol is and still has that rank
        // (a symbol only grows, so its pair never returns to an earlier rank).
        var n = piece.Length;
        var rented = ArrayPool<int>.Shared.Rent(4 * n);
        var heapArray = ArrayPool<long>.Shared.Rent(3 * n);
        try
        {
            var next = rented.AsSpan(0, n);
            var prev = rented.AsSpan(n, n);
            var ranks = rented.AsSpan(2 * n, n);
            var merged = rented.AsSpan(3 * n, n);
            var heap = new MinHeap(heapArray);
            var bytePairs = rule.BytePairs;
            for (var i = 0; i < n; i++)
            {
                next[i] = i + 1;
                prev[i] = i - 1;
                (ranks[i], merged[i]) = i + 1 < n ? bytePairs[(piece[i] << 8) | piece[i + 1]] : new BytePairMerge(int.MaxValue, -1);
                if (ranks[i] != int.MaxValue) heap.Push(((long)ranks[i] << 32) | (uint)i);
            }

            while (heap.TryPop(out var top))
            {
                var at = (int)(uint)top;
                var rank = (int)(top >> 32);
                if (ids[at] < 0 || ranks[at] != rank) continue; // stale
                var right = next[at];
                ids[at] = merged[at];
                ids[right] = -1;
                next[at] = next[right];
                if (next[at] < n) prev[next[at]] = at;
                Rank(rule, piece, next, ids, ranks, merged, at);
                if (ranks[at] != int.MaxValue) heap.Push(((long)ranks[at] << 32) | (uint)at);
                var before = prev[at];
                if (before >= 0)
                {
                    Rank(rule, piece, next, ids, ranks, merged, before);
                    if (ranks[before] != int.MaxValue) heap.Push(((long)ranks[before] << 32) | (uint)before);
                }
            }
            var write = 0;
            for (var p = 0; p < n; p = next[p]) ids[write++] = ids[p];
            return write;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rented);
            ArrayPool<long>.Shared.Return(heapArray);
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
