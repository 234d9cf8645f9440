using System.Collections.Concurrent;

namespace SignalDashboard.Tokenizers.Bpe;

/// <summary>
/// Pieces already encoded (piece text → token ids), shared by every thread that encodes with the model. Bounded: at
/// <see cref="Limit"/> entries (~150 bytes each, so ~10 MB) it starts afresh — a 200 MB file of varied text must not
/// keep every word it saw, and `sigdash tokens` keeps five of these. (Peak memory counting 25 MB of text in 30 scripts
/// with all five was the same with limits of 8,192 and 65,536; throughput dropped below 32,768.)
/// </summary>
internal sealed class PieceCache
{
    public const int Limit = 65_536;

    /// <summary>Longer pieces are not cached (ByteLevelBpeModel).</summary>
    public const int LongestPiece = 4096;
    private const int InitialCapacity = 4096; // a page of text has a few thousand distinct pieces: no early regrowth

    private Table _table = new();
    private int _count; // ConcurrentDictionary.Count takes every lock: keep our own (approximate) count

    private sealed class Table
    {
        public readonly ConcurrentDictionary<string, int[]> Entries = new(Environment.ProcessorCount, InitialCapacity, StringComparer.Ordinal);
        public readonly ConcurrentDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> BySpan;
        public Table() => BySpan = Entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool TryGet(ReadOnlySpan<char> piece, out int[] ids) => _table.BySpan.TryGetValue(piece, out ids!);

    public void Add(ReadOnlySpan<char> piece, int[] ids)
    {
        if (Interlocked.Increment(ref _count) >= Limit) Clear();
        _table.Entries.TryAdd(piece.ToString(), ids);
    }

    /// <summary>Forgets every piece (a new, empty table: cheaper than emptying the old one).</summary>
    public void Clear()
    {
        _table = new Table();
        Interlocked.Exchange(ref _count, 0);
    }
}
