using System.Buffers;

namespace SignalDashboard.Tokenizers.Bpe;

/// <summary>
/// Byte-pair merging of one pre-token: start from its bytes, repeatedly merge the adjacent pair with the lowest
/// merge rank (leftmost on ties) until no pair merges. Short pieces scan; long ones use a heap (O(n log n)), so a
/// megabyte-long "word" does not go quadratic.
/// </summary>
internal static class BpeMerger
{
    private const int ScanLimit = 48;

    /// <summary>Merges <paramref name="symbols"/> (byte token ids) in place; returns how many symbols remain.</summary>
    public static int Merge(BpeVocabulary vocabulary, Span<int> symbols) =>
        symbols.Length <= ScanLimit ? MergeByScan(vocabulary, symbols) : MergeByHeap(vocabulary, symbols);

    private static int MergeByScan(BpeVocabulary vocabulary, Span<int> symbols)
    {
        var count = symbols.Length;
        while (count > 1)
        {
            var bestRank = int.MaxValue;
            var bestAt = -1;
            var bestId = 0;
            for (var i = 0; i < count - 1; i++)
            {
                if (vocabulary.TryGetMerge(symbols[i], symbols[i + 1], out var merge) && merge.Rank < bestRank)
                {
                    bestRank = merge.Rank;
                    bestAt = i;
                    bestId = merge.Id;
                }
            }
            if (bestAt < 0) break;
            symbols[bestAt] = bestId;
            symbols.Slice(bestAt + 2, count - bestAt - 2).CopyTo(symbols[(bestAt + 1)..]);
            count--;
        }
        return count;
    }

    private static int MergeByHeap(BpeVocabulary vocabulary, Span<int> symbols)
    {
        var n = symbols.Length;
        var next = ArrayPool<int>.Shared.Rent(n);
        var prev = ArrayPool<int>.Shared.Rent(n);
        var alive = ArrayPool<bool>.Shared.Rent(n);
        try
        {
            for (var i = 0; i < n; i++)
            {
                next[i] = i + 1 < n ? i + 1 : -1;
                prev[i] = i - 1;
                alive[i] = true;
            }
            // Entries are (rank, left position, right id expected) — stale entries are skipped when popped.
            var heap = new PriorityQueue<(int At, int Left, int Right, int Id), (int Rank, int At)>();
            void Push(Span<int> s, int at)
            {
                var right = next[at];
                if (right >= 0 && vocabulary.TryGetMerge(s[at], s[right], out var merge))
                    heap.Enqueue((at, s[at], s[right], merge.Id), (merge.Rank, at));
            }
            for (var i = 0; i < n - 1; i++) Push(symbols, i);

            var count = n;
            while (heap.TryDequeue(out var item, out _))
            {
                var at = item.At;
                if (!alive[at] || symbols[at] != item.Left) continue;
                var right = next[at];
                if (right < 0 || symbols[right] != item.Right) continue;
                symbols[at] = item.Id;
                alive[right] = false;
                next[at] = next[right];
                if (next[right] >= 0) prev[next[right]] = at;
                count--;
                if (prev[at] >= 0) Push(symbols, prev[at]);
                Push(symbols, at);
            }
            var write = 0;
            for (var i = 0; i >= 0 && i < n; i = next[i]) symbols[write++] = symbols[i];
            return write;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(next);
            ArrayPool<int>.Shared.Return(prev);
            ArrayPool<bool>.Shared.Return(alive);
        }
    }
}
