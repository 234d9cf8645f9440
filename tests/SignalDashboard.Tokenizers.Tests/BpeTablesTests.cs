using System.Text;
using SignalDashboard.Tokenizers.Bpe;
using SignalDashboard.Tokenizers.Tiktoken;

namespace SignalDashboard.Tokenizers.Tests;

/// <summary>The lookup structures under the merge loop: bytes → id, pair → merge, the small pair cache, the rank file.</summary>
public sealed class BpeTablesTests
{
    private static ByteSequenceTable Table(params (int Id, string Text)[] tokens)
    {
        var builder = new ByteSequenceTable.Builder();
        foreach (var (id, text) in tokens) builder.Add(id, Encoding.UTF8.GetBytes(text));
        return builder.Build();
    }

    [Fact]
    public void Byte_sequences_are_found_by_their_whole_bytes_whatever_their_length()
    {
        // Same first 8 bytes (the inline head), different tails; a prefix of a token is not the token.
        var table = Table((0, "a"), (5, "abcdefgh"), (7, "abcdefghX"), (9, "abcdefghY"), (12, "一二三四五六七八九十"));

        Assert.True(table.TryGetId("abcdefghY"u8, out var y));
        Assert.Equal(9, y);
        Assert.True(table.TryGetId("abcdefghX"u8, out var x));
        Assert.Equal(7, x);
        Assert.True(table.TryGetId("abcdefgh"u8, out var head));
        Assert.Equal(5, head);
        Assert.True(table.TryGetId(Encoding.UTF8.GetBytes("一二三四五六七八九十"), out var cjk));
        Assert.Equal(12, cjk);
        Assert.False(table.TryGetId("abcdefg"u8, out _));
        Assert.False(table.TryGetId("abcdefghZ"u8, out _));
        Assert.False(table.TryGetId("b"u8, out _));
        Assert.Equal("abcdefghX", Encoding.UTF8.GetString(table.BytesOf(7)));
        Assert.True(table.BytesOf(6).IsEmpty); // a gap in the ids
        Assert.Equal(5, table.Count);
    }

    [Fact]
    public void The_same_bytes_under_two_ids_resolve_to_the_first()
    {
        var table = Table((3, "ab"), (1, "ab"));
        Assert.True(table.TryGetId("ab"u8, out var id));
        Assert.Equal(1, id); // ids are indexed in id order; the lower id is the first
    }

    [Fact]
    public void Pair_merges_keep_the_first_entry_and_tell_mirror_pairs_apart()
    {
        var table = new PairMergeTable(4);
        Assert.True(table.TryAdd(1, 2, rank: 0, mergedId: 10));
        Assert.False(table.TryAdd(1, 2, rank: 5, mergedId: 11));
        Assert.True(table.TryAdd(2, 1, rank: 1, mergedId: 12));

        Assert.True(table.TryGet(1, 2, out var rank, out var merged));
        Assert.Equal((0, 10), (rank, merged));
        Assert.True(table.TryGet(2, 1, out rank, out merged));
        Assert.Equal((1, 12), (rank, merged));
        Assert.False(table.TryGet(3, 0, out _, out _));
    }

    [Fact]
    public void The_pair_cache_never_answers_for_a_pair_it_was_not_given()
    {
        // Far more pairs than slots: entries evict each other, and a lookup is either a miss or the pair's own answer.
        var cache = new PairLookupCache();
        var random = new Random(7);
        var pairs = Enumerable.Range(0, 200_000).Select(_ => (random.Next(0, 300_000), random.Next(0, 300_000))).Distinct().ToList();
        foreach (var (left, right) in pairs) cache.Set(left, right, rank: left ^ right, mergedId: left + right);

        var hits = 0;
        foreach (var (left, right) in pairs)
        {
            if (!cache.TryGet(left, right, out var rank, out var merged)) continue;
            hits++;
            Assert.Equal((left ^ right, left + right), (rank, merged));
        }
        Assert.InRange(hits, 10_000, 1 << 15);
        Assert.False(new PairLookupCache().TryGet(0, 0, out _, out _));
    }

    [Fact]
    public void A_tiktoken_rank_file_is_read_in_both_spellings_and_a_bad_line_is_named()
    {
        var plain = TiktokenRanks.Parse("Capacity: 3\nYQ==\nYg==\nYWI=\n"u8, "test.tiktoken");
        Assert.True(plain.TryGetId("ab"u8, out var ab));
        Assert.Equal(2, ab);

        var ranked = TiktokenRanks.Parse("YQ== 7\r\nYg== 3\r\n"u8, "ranked.tiktoken");
        Assert.True(ranked.TryGetId("a"u8, out var a));
        Assert.Equal(7, a);

        var error = Assert.Throws<TokenizerLoadException>(() => TiktokenRanks.Parse("YQ==\n%%%\n"u8, "bad.tiktoken"));
        Assert.Equal("bad.tiktoken: line 2 is not a base64 token: %%%", error.Message);
    }

    [Theory]
    [InlineData("o200k_base", 199_998)]
    [InlineData("cl100k_base", 100_256)]
    public void The_packaged_encodings_load_every_rank(string encoding, int tokens)
    {
        var vocabulary = TokenizerFixtures.Get(encoding).Model.Vocabulary;
        Assert.Equal(tokens, vocabulary.Count);
        Assert.Equal(" the", vocabulary.TokenOf(vocabulary.Tokens.TryGetId(" the"u8, out var id) ? id : -1)?.Replace('Ġ', ' '));
    }
}
