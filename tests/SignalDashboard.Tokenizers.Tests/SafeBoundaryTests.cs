using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using SignalDashboard.Tokenizers.Bpe;
using SignalDashboard.Tokenizers.Counting;
using SignalDashboard.Tokenizers.PreTokenization;

namespace SignalDashboard.Tokenizers.Tests;

/// <summary>
/// The safe cuts of the real tokenizers: text cut at every one of them encodes to the whole text's tokens. Random
/// texts come from <see cref="TrickyText"/>; a failure shrinks to a short text and prints a seed to replay it
/// (<c>CsCheck_Seed=…</c>). A longer run: <c>CsCheck_Time=60 dotnet test … --filter SafeBoundary</c> (60 s per property).
/// </summary>
public sealed class SafeBoundaryTests
{
    private const int Iterations = 300; // ~1 s per tokenizer on 2 cores

    // The text around byte 13,631,000 of Debian's copyright files concatenated, where o200k's punctuation piece
    // runs on across a line break into "/" and a cut after the line break changed the count.
    private const string RunIntoSlash = "Copyright:\n--------------------\n/* -*- c -*-\n * Copyright (C) 2000-2019 Free Software Foundation, Inc.\n";

    public static TheoryData<string> Families => new(TokenizerFixtures.Families);

    [SkippableTheory]
    [MemberData(nameof(Families))]
    public void Every_tokenizer_admits_every_kind_of_cut(string family)
    {
        var boundary = new SafeBoundary([TokenizerFixtures.Get(family).Model]);
        Assert.Equal(CutKinds.All, boundary.Kinds);
    }

    [SkippableTheory]
    [MemberData(nameof(Families))]
    public void Text_cut_at_every_safe_cut_encodes_to_the_whole_texts_tokens(string family)
    {
        var tokenizer = TokenizerFixtures.Get(family);
        var boundary = new SafeBoundary([tokenizer.Model]);
        long texts = 0, cuts = 0;
        TrickyText.Text(40).Sample(text =>
        {
            var at = SafeCuts(boundary, text);
            Interlocked.Increment(ref texts);
            Interlocked.Add(ref cuts, at.Count);
            AssertSameTokens(tokenizer, text, at);
        }, iter: Iterations, print: Escape);
        // Not vacuous: the texts have many cuts (~8 per text of ~20 pieces).
        Assert.True(cuts > texts * 3, $"{cuts} cuts in {texts} texts");
    }

    [SkippableFact]
    public void The_counter_with_all_five_tokenizers_counts_tricky_text_read_a_few_bytes_at_a_time_exactly()
    {
        var all = TokenizerFixtures.Families.Select(f => (f, TokenizerFixtures.Get(f))).ToList();
        TrickyText.Text(300).Sample(text =>
        {
            // Chunks of 64+ chars, cut at the last safe cut after every 5 bytes read: cuts fall everywhere.
            var counts = new StreamingTokenCounter(all, chunkChars: 64).Count(new TrickleStream(Encoding.UTF8.GetBytes(text), 5));
            Assert.Equal(0, counts.HardCuts);
            var counted = text.StartsWith('\uFEFF') ? text[1..] : text; // a byte-order mark first is not text
            foreach (var (name, tokenizer) in all)
                Assert.True(tokenizer.Count(counted) == counts.Tokens[name], $"{name}: whole {tokenizer.Count(counted)}, in chunks {counts.Tokens[name]}");
        }, iter: 30, print: Escape);
    }

    [SkippableTheory]
    [MemberData(nameof(Families))]
    public void Punctuation_running_across_a_line_break_into_a_slash_is_counted_as_in_one_piece(string family)
    {
        var tokenizer = TokenizerFixtures.Get(family);
        // The place the old rule cut (after a line feed followed by a non-space) is not a safe cut any more.
        var slash = RunIntoSlash.IndexOf("\n/", StringComparison.Ordinal) + 1;
        Assert.False(new SafeBoundary([tokenizer.Model]).IsSafe(RunIntoSlash, slash));
        // The counter, reading a byte at a time, cuts at the last safe cut whenever it holds `chunk` chars or more
        // (from 4: at 3 the 25 chars from "\n" to " *" exceed the 8 × 3 kept before a hard cut).
        for (var chunk = 4; chunk <= RunIntoSlash.Length; chunk++)
        {
            var counts = new StreamingTokenCounter([(family, tokenizer)], chunkChars: chunk)
                .Count(new TrickleStream(Encoding.UTF8.GetBytes(RunIntoSlash), 1));
            Assert.Equal(0, counts.HardCuts);
            Assert.True(tokenizer.Count(RunIntoSlash) == counts.Tokens[family], $"chunks of {chunk}: whole {tokenizer.Count(RunIntoSlash)}, in chunks {counts.Tokens[family]}");
        }
        AssertSameTokens(tokenizer, RunIntoSlash, SafeCuts(new SafeBoundary([tokenizer.Model]), RunIntoSlash));
    }

    [Fact]
    public void O200k_counts_the_text_differently_when_cut_after_the_line_break()
    {
        // Why the place above must not be cut: it is not a piece boundary for o200k ("-…-\n/" is one piece).
        var tokenizer = TokenizerFixtures.Get("o200k_base");
        var slash = RunIntoSlash.IndexOf("\n/", StringComparison.Ordinal) + 1;
        Assert.NotEqual(tokenizer.Count(RunIntoSlash), tokenizer.Count(RunIntoSlash.AsSpan(0, slash)) + tokenizer.Count(RunIntoSlash.AsSpan(slash)));
    }

    [SkippableFact]
    public void No_cut_falls_inside_an_added_token()
    {
        // "k|>" is a letter before a symbol, "_|1" before a number: safe for the patterns, not inside "<think>".
        foreach (var (family, text) in new[] { ("qwen3", "a<think>b"), ("llama3", "x<|reserved_special_token_12|>y"), ("deepseek-v3", "<｜place▁holder▁no▁3｜>") })
        {
            var tokenizer = TokenizerFixtures.Get(family);
            var boundary = new SafeBoundary([tokenizer.Model]);
            var start = text.IndexOf('<');
            var end = text.IndexOf('>') + 1;
            for (var cut = start + 1; cut < end; cut++) Assert.False(boundary.IsSafe(text, cut), $"{family}: {text[..cut]}|{text[cut..]}");
            AssertSameTokens(tokenizer, text, SafeCuts(boundary, text));
        }
    }

    [SkippableFact]
    public void With_nfc_a_cut_must_not_separate_what_normalization_joins()
    {
        var qwen = TokenizerFixtures.Get("qwen3");
        var boundary = new SafeBoundary([qwen.Model]);
        // "a=" + U+0338 is "a≠": "a|=" is a letter before a symbol, but "=" + U+0338 is one character after NFC
        // (which is still a symbol: the cut is safe). A letter followed by a combining mark is never a cut.
        Assert.True(boundary.IsSafe("a=\u0338 b", 1));
        Assert.False(boundary.IsSafe("a=\u0338 b", 2));
        // A cut needs the normalization segment after it to end inside the text: "x=" then maybe U+0338.
        Assert.False(boundary.IsSafe("x=", 1));
        Assert.True(boundary.IsSafe("x= ", 1));
        // U+212B ANGSTROM SIGN is "Å" after NFC: a letter, so ",|Å" stays no cut and "Å|," is one.
        Assert.True(boundary.IsSafe("\u212B, ", 1));
    }

    [Fact]
    public void A_pattern_not_argued_for_admits_no_cut_and_the_counter_cuts_hard_and_says_so()
    {
        var o200k = TokenizerFixtures.Get("o200k_base").Model;
        var chain = new PreTokenizerChain([new SplitRule(new AstralSafeRegex(new Regex(@"\S+|\s+")), SplitBehavior.Isolated)]);
        var model = new ByteLevelBpeModel(o200k.Vocabulary, chain, new AddedTokenSplitter(new Dictionary<string, int>()), null, ignoreMerges: true);
        var tokenizer = new ByteLevelBpeTokenizer(model, new Dictionary<string, int>());
        Assert.Equal(CutKinds.None, new SafeBoundary([model]).Kinds);

        var text = string.Concat(Enumerable.Repeat("Some words.\nMore words here.\n", 100));
        var counts = new StreamingTokenCounter([("custom", tokenizer)], chunkChars: 64).Count(new MemoryStream(Encoding.UTF8.GetBytes(text)));
        Assert.True(counts.HardCuts > 0);
        // A counter with o200k too cuts hard as well: a cut must be safe for every tokenizer it counts with.
        Assert.Equal(CutKinds.None, new SafeBoundary([model, o200k]).Kinds);
    }

    [Fact]
    public void Text_without_a_safe_cut_is_cut_hard_a_chunk_at_a_time_once_eight_chunks_are_held_and_the_cuts_are_reported()
    {
        // One run of letters: one piece for every tokenizer, never cut safely. Memory stays bounded: once 8 × 256
        // chars are held without a safe cut, chunks of 256 chars are cut off hard, each cut reported (the count may
        // be off by a token or two per cut).
        var tokenizer = TokenizerFixtures.Get("cl100k_base");
        var text = new string('a', 10_000);
        var counts = new StreamingTokenCounter([("cl100k_base", tokenizer)], chunkChars: 256)
            .Count(new TrickleStream(Encoding.UTF8.GetBytes(text), 512));
        // Cut at 256, 512, … while 2,048 or more are held: the last 1,792 at most are left for the end.
        Assert.InRange(counts.HardCuts, (10_000 - 2048) / 256, (10_000 - 1792) / 256 + 1);
        Assert.Equal(10_000, counts.Chars);
        Assert.InRange(counts.Tokens["cl100k_base"], tokenizer.Count(text) - 2 * counts.HardCuts, tokenizer.Count(text) + 2 * counts.HardCuts);
    }

    /// <summary>Every safe cut of text, in order.</summary>
    internal static List<int> SafeCuts(SafeBoundary boundary, string text)
    {
        var cuts = new List<int>();
        for (var cut = 1; cut < text.Length; cut++)
        {
            if (boundary.IsSafe(text, cut)) cuts.Add(cut);
        }
        return cuts;
    }

    /// <summary>The tokens of text and of its chunks cut at <paramref name="cuts"/> are the same; else which cut changed them.</summary>
    private static void AssertSameTokens(ByteLevelBpeTokenizer tokenizer, string text, List<int> cuts)
    {
        var whole = tokenizer.Ids(text);
        var chunked = new List<int>();
        var from = 0;
        foreach (var cut in cuts.Append(text.Length))
        {
            chunked.AddRange(tokenizer.Ids(text.AsSpan(from, cut - from)));
            from = cut;
        }
        if (whole.SequenceEqual(chunked)) return;
        var culprit = cuts.FirstOrDefault(c => tokenizer.Count(text.AsSpan(0, c)) + tokenizer.Count(text.AsSpan(c)) != tokenizer.Count(text) ||
                                               !tokenizer.Ids(text).SequenceEqual(tokenizer.Ids(text.AsSpan(0, c)).Concat(tokenizer.Ids(text.AsSpan(c)))));
        throw new InvalidOperationException($"cut at {culprit} changes the tokens: {Escape(text[..culprit])} | {Escape(text[culprit..])}");
    }

    private static string Escape(string text)
    {
        var b = new StringBuilder("\"");
        foreach (var r in text.EnumerateRunes())
            b.Append(r.Value is < 0x20 or (>= 0x7F and < 0xA0) or 0x2028 or 0x200D or 0x00AD or 0xFEFF or 0x200B ? $"\\u{r.Value:X4}" : r.ToString());
        return b.Append('"').ToString();
    }

    /// <summary>A stream that returns at most a few bytes per read, as a slow pipe does.</summary>
    private sealed class TrickleStream(byte[] bytes, int most) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, most));
    }
}
