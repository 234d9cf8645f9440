using System.Text;
using SignalDashboard.TestSupport;
using SignalDashboard.Tokenizers.Counting;

namespace SignalDashboard.Tokenizers.Tests;

/// <summary>Runs alone (no other test loading tokenizers meanwhile), so the heap it measures is its own.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasurementCollection
{
    public const string Name = "memory measurement";
}

[Collection(MemoryMeasurementCollection.Name)]
public sealed class StreamingTokenCounterTests
{
    [SkippableTheory]
    [InlineData("o200k_base")]
    [InlineData("cl100k_base")]
    [InlineData("deepseek-v3")]
    [InlineData("qwen3")]
    [InlineData("llama3")]
    public void Counting_in_small_chunks_gives_the_whole_text_count_on_every_corpus_text(string family)
    {
        var tokenizer = TokenizerFixtures.Get(family);
        foreach (var name in TokenizerFixtures.CorpusNames)
        {
            var text = TokenizerFixtures.Corpus(name);
            var counter = new StreamingTokenCounter([(family, tokenizer)], chunkChars: 64);
            var counts = counter.Count(new MemoryStream(Encoding.UTF8.GetBytes(text)));
            if (counts.HardCuts == 0)
                Assert.True(tokenizer.Count(text) == counts.Tokens[family], $"{family}/{name}: chunked {counts.Tokens[family]}, whole {tokenizer.Count(text)}");
            Assert.Equal(Encoding.UTF8.GetByteCount(text), counts.Bytes);
            Assert.Equal(text.EnumerateRunes().Count(), counts.Chars);
        }
    }

    [Fact]
    public void Invalid_utf8_is_refused_with_its_offset()
    {
        var bytes = Encoding.UTF8.GetBytes("hello ").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes(" world")).ToArray();
        var e = Assert.Throws<InputProblemException>(() => Counter().Count(new MemoryStream(bytes)));
        Assert.Contains("invalid UTF-8 near byte offset 6", e.Message);
    }

    [Fact]
    public void Input_ending_inside_a_character_is_invalid_utf8()
    {
        var e = Assert.Throws<InputProblemException>(() => Counter().Count(new MemoryStream([0x61, 0xE4, 0xB8])));
        Assert.Contains("ends inside a character", e.Message);
    }

    [Fact]
    public void Binary_input_is_refused()
    {
        var e = Assert.Throws<InputProblemException>(() => Counter().Count(new MemoryStream([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00])));
        Assert.Contains("binary input", e.Message);
    }

    [Fact]
    public void Empty_input_is_refused()
    {
        var e = Assert.Throws<InputProblemException>(() => Counter().Count(new MemoryStream()));
        Assert.Contains("empty input", e.Message);
    }

    [Fact]
    public void A_byte_order_mark_is_not_counted()
    {
        var counts = Counter().Count(new MemoryStream([0xEF, 0xBB, 0xBF, (byte)'h', (byte)'i']));
        Assert.Equal(2, counts.Bytes);
        Assert.Equal(1, counts.Tokens["o200k_base"]);
    }

    [Fact]
    public void A_200_MB_file_is_counted_in_bounded_memory_and_its_count_is_the_sum_of_its_blocks()
    {
        // The file is one block repeated; a block ends with a line feed and starts with a letter, so its copies
        // meet at safe boundaries and the file's count must be exactly copies × the block's count.
        var tokenizer = TokenizerFixtures.Get("o200k_base");
        var block = string.Join("\n", TokenizerFixtures.CorpusNames.Where(n => n != "whitespace").Select(TokenizerFixtures.Corpus)).TrimEnd() + "\nEnd of block.\n";
        var blockBytes = Encoding.UTF8.GetBytes(block);
        var copies = (int)(200L * 1024 * 1024 / blockBytes.Length);
        using var folder = new TempFolder();
        var path = folder.File("big.txt");
        using (var file = File.Create(path))
            for (var i = 0; i < copies; i++) file.Write(blockBytes);

        long peakHeap = 0;
        var reports = 0;
        var progress = new SynchronousProgress<CountProgress>(p =>
        {
            reports++;
            // Live memory (after a full collection), every ~32 MB read.
            if (reports % 128 == 0) peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(forceFullCollection: true));
        });
        GC.Collect();
        var before = GC.GetTotalMemory(true);
        TextCounts counts;
        using (var input = File.OpenRead(path))
            counts = new StreamingTokenCounter([("o200k_base", tokenizer)]).Count(input, progress);

        Assert.Equal(0, counts.HardCuts);
        Assert.Equal((long)copies * blockBytes.Length, counts.Bytes);
        Assert.Equal((long)copies * tokenizer.Count(block), counts.Tokens["o200k_base"]);
        Assert.True(reports > 100, $"progress was reported {reports} times");
        // The live heap never holds the file: it grows by far less than the file's 200 MB.
        Assert.True(peakHeap - before < 48L * 1024 * 1024, $"live managed heap grew by {(peakHeap - before) / (1024 * 1024)} MB");
    }

    private static StreamingTokenCounter Counter() => new([("o200k_base", TokenizerFixtures.Get("o200k_base"))]);

    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
