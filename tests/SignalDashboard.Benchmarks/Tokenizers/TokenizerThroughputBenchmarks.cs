using BenchmarkDotNet.Attributes;
using SignalDashboard.Tokenizers.Bpe;
using SignalDashboard.Tokenizers.HuggingFace;
using SignalDashboard.Tokenizers.Tiktoken;

namespace SignalDashboard.Benchmarks.Tokenizers;

/// <summary>
/// Tokenizer throughput on the same real English and Chinese texts (see <see cref="BenchTexts"/>): ours with a cold
/// piece cache (cleared before each call) and warm, against Hugging Face tokenizers (the Rust library through
/// Tokenizers.DotNet, whose own word cache stays warm) for the tokenizer.json families. MB/s = text bytes / mean.
/// </summary>
[MemoryDiagnoser]
public class HuggingFaceFamilyThroughputBenchmarks
{
    private ByteLevelBpeTokenizer _ours = null!;
    private global::Tokenizers.DotNet.Tokenizer _hf = null!;
    private string _text = "";

    [Params("english", "chinese")]
    public string Text { get; set; } = "english";

    [Params("deepseek-v3", "qwen3", "llama3")]
    public string Tokenizer { get; set; } = "qwen3";

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchTexts.Read(Text);
        _ours = TokenizerJsonLoader.Load(BenchTexts.TokenizerJson(Tokenizer));
        _hf = new global::Tokenizers.DotNet.Tokenizer(BenchTexts.TokenizerJson(Tokenizer));
        var ours = _ours.Count(_text);
        var theirs = _hf.Encode(_text).Length;
        Console.WriteLine($"// {Tokenizer} {Text}: {System.Text.Encoding.UTF8.GetByteCount(_text):N0} bytes, ours {ours:N0} tokens, Hugging Face {theirs:N0}");
    }

    [GlobalCleanup]
    public void Cleanup() => _hf.Dispose();

    [Benchmark(Description = "ours, cold cache")]
    public int OursCold()
    {
        _ours.Model.ClearCache();
        return _ours.Count(_text);
    }

    [Benchmark(Description = "ours, warm cache")]
    public int OursWarm() => _ours.Count(_text);

    [Benchmark(Baseline = true, Description = "Hugging Face tokenizers (Rust)")]
    public int HuggingFace() => _hf.Encode(_text).Length;
}

/// <summary>o200k_base / cl100k_base on the same texts (tiktoken under node is timed by tools/goldens/bench-tiktoken.sh).</summary>
[MemoryDiagnoser]
public class TiktokenThroughputBenchmarks
{
    private ByteLevelBpeTokenizer _ours = null!;
    private string _text = "";

    [Params("english", "chinese")]
    public string Text { get; set; } = "english";

    [Params("o200k_base", "cl100k_base")]
    public string Encoding { get; set; } = "o200k_base";

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchTexts.Read(Text);
        _ours = TiktokenEncodings.Create(Encoding);
    }

    [Benchmark(Description = "ours, cold cache")]
    public int OursCold()
    {
        _ours.Model.ClearCache();
        return _ours.Count(_text);
    }

    [Benchmark(Description = "ours, warm cache")]
    public int OursWarm() => _ours.Count(_text);
}
