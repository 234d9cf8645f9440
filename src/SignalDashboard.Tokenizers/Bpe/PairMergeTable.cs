using System.Numerics;

namespace SignalDashboard.Tokenizers.Bpe;

/// <summary>
/// Hugging Face merges as an open-addressed hash table: (left id, right id) → (rank, merged id). A Dictionary with a
/// custom comparer costs an interface call and a bucket indirection per lookup; the merge loop does one lookup per
/// adjacent pair, so this is flat arrays and a multiplicative hash.
/// </summary>
public sealed class PairMergeTable
{
    private readonly Entry[] _entries; // one 16-byte entry per slot: a lookup reads one cache line
    private readonly int _mask;

    private struct Entry
    {
        public long Key;  // (left << 32) | right; -1 = empty
        public int Rank;
        public int Id;
    }

    public PairMergeTable(int capacity)
    {
        // Load at most 2/3 (a power of two at least 1.5 × the merges): a miss probes a few entries of one or two cache
        // lines, and Llama 3's 280,000 merges take 8 MB instead of 16.
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity + capacity / 2));
        _entries = new Entry[size];
        _entries.AsSpan().Fill(new Entry { Key = -1L });
        _mask = size - 1;
    }

    public int Count { get; private set; }

    /// <summary>Adds a merge unless the pair is already there (the first, highest-priority entry wins).</summary>
    public bool TryAdd(int left, int right, int rank, int mergedId)
    {
        if (Count >= _entries.Length - _entries.Length / 4) throw new InvalidOperationException("the merge table is full");
        var key = Key(left, right);
        var slot = Slot(key);
        while (_entries[slot].Key != -1L)
        {
            if (_entries[slot].Key == key) return false;
            slot = (slot + 1) & _mask;
        }
        _entries[slot] = new Entry { Key = key, Rank = rank, Id = mergedId };
        Count++;
        return true;
    }

    public bool TryGet(int left, int right, out int rank, out int mergedId)
    {
        var key = Key(left, right);
        var slot = Slot(key);
        while (true)
        {
            ref readonly var entry = ref _entries[slot];
            if (entry.Key == key)
            {
                rank = entry.Rank;
                mergedId = entry.Id;
                return true;
            }
            if (entry.Key == -1L)
            {
                rank = int.MaxValue;
                mergedId = -1;
                return false;
            }
            slot = (slot + 1) & _mask;
        }
    }

    private static long Key(int left, int right) => ((long)left << 32) | (uint)right;

    // (a, b) and (b, a) must not collide, nor pairs with the same XOR: Fibonacci hashing of the whole key.
    private int Slot(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> 32) & _mask;
}
