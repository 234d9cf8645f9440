namespace SignalDashboard.Tokenizers.Bpe;

/// <summary>
/// A small direct-mapped cache of pair merges — (left id, right id) → (rank, merged id), misses included — in front
/// of the vocabulary's tables. Those are many megabytes, so each lookup there is a cache (and TLB) miss; the pairs of
/// real text repeat, and this table (512 KB) stays in the CPU's L2.
/// Lock-free for concurrent encoders: an entry is two 8-byte words written separately, and the stored key is
/// XOR-ed with the value, so a torn entry (words from two writes) does not match its key and reads as a miss
/// (the "lockless transposition table" of chess engines).
/// </summary>
internal sealed class PairLookupCache
{
    private const int Bits = 15;
    private readonly Entry[] _entries = new Entry[1 << Bits];

    private struct Entry
    {
        public ulong Check; // key ^ value; 0 with value 0 = empty (key 0 is the pair (0, 0), stored as such)
        public ulong Value; // (rank << 32) | (uint)merged id
    }

    public bool TryGet(int left, int right, out int rank, out int mergedId)
    {
        var key = Key(left, right);
        ref var entry = ref _entries[Slot(key)];
        var value = Volatile.Read(ref entry.Value);
        var check = Volatile.Read(ref entry.Check);
        if ((check ^ value) == key && (check | value) != 0)
        {
            rank = (int)(value >> 32);
            mergedId = (int)(uint)value;
            return true;
        }
        rank = 0;
        mergedId = 0;
        return false;
    }

    public void Set(int left, int right, int rank, int mergedId)
    {
        var key = Key(left, right);
        var value = ((ulong)(uint)rank << 32) | (uint)mergedId;
        ref var entry = ref _entries[Slot(key)];
        entry.Value = value;
        entry.Check = key ^ value;
    }

    private static ulong Key(int left, int right) => ((ulong)(uint)left << 32) | (uint)right;

    private static int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> (64 - Bits));
}
