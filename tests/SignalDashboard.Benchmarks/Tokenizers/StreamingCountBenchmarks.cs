using System.Text;
using BenchmarkDotNet.Attributes;
using SignalDashboard.Tokenizers.Bpe;
using SignalDashboard.Tokenizers.Counting;
using SignalDashboard.Tokenizers.Tiktoken;

namespace SignalDashboard.Benchmarks.Tokenizers;

/// <summary>
/// The streaming counter (chunks cut at safe cuts, counted on every core) with o200k_base over 8 MB held in memory:
/// the English and Chinese bench texts repeated, and 8 MB of lowercase letters without a space — no safe cut at all,
/// so it is cut hard (the pathological case). The piece cache is cleared before each call, as for a file counted once:
/// with it warm, the same 8 MB counted again is mostly cache hits — even the hard-cut pieces of the letters, which
/// the old counter cached at 2 M chars each.
/// </summary>
[MemoryDiagnoser]
public class StreamingCountBenchmarks
{
    private const int Size = 8 * 1024 * 1024;
    private ByteLevelBpeTokenizer _o200k = null!;
    private byte[] _bytes = [];

    [Params("english", "chinese", "no-safe-cut")]
    public string Text { get; set; } = "english";

    [GlobalSetup]
    public void Setup()
    {
        _o200k = TiktokenEncodings.Create("o200k_base");
        if (Text == "no-safe-cut")
        {
            var random = new Random(1);
            _bytes = new byte[Size];
            for (var i = 0; i < Size; i++) _bytes[i] = (byte)('a' + random.Next(26));
        }
        else
        {
            var text = BenchTexts.Read(Text) + "\n";
            var copies = Size / Encoding.UTF8.GetByteCount(text) + 1;
            _bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(text, copies)));
        }
        var counts = new StreamingTokenCounter([("o200k_base", _o200k)]).Count(new MemoryStream(_bytes));
        Console.WriteLine($"// {Text}: {_bytes.Length:N0} bytes, {counts.Tokens["o200k_base"]:N0} tokens, {counts.HardCuts} hard cuts");
    }

    [Benchmark(Description = "StreamingTokenCounter, o200k_base, 8 MB")]
    public long Count()
    {
        _o200k.Model.ClearCache();
        return new StreamingTokenCounter([("o200k_base", _o200k)]).Count(new MemoryStream(_bytes)).Tokens["o200k_base"];
    }
}
