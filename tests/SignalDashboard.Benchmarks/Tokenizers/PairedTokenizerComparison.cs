using System.Diagnostics;
using System.Text;
using SignalDashboard.Tokenizers.Bpe;
using SignalDashboard.Tokenizers.HuggingFace;

namespace SignalDashboard.Benchmarks.Tokenizers;

/// <summary>
/// Ours against Hugging Face tokenizers (Rust) by alternation: each round times ours with a cold piece cache, ours
/// warm and Hugging Face's, one after the other, so a busy machine slows all three alike; the medians of many rounds
/// and their ratios are printed. BenchmarkDotNet runs one benchmark after another, and on a shared 2-core machine the
/// load changes between them more than the code does. <c>dotnet run -c Release --project tests/SignalDashboard.Benchmarks -- paired [ROUNDS]</c>
/// </summary>
public static class PairedTokenizerComparison
{
    public static void Run(int rounds)
    {
        Console.WriteLine($"{"tokenizer",-12} {"text",-8} {"bytes",7} {"ours cold",10} {"ours warm",10} {"HF (Rust)",10} {"cold ÷ HF",10} {"warm ÷ HF",10}   medians of {rounds} alternating rounds, MB/s");
        foreach (var family in new[] { "deepseek-v3", "qwen3", "llama3" })
        {
            var path = BenchTexts.TokenizerJson(family);
            if (!File.Exists(path))
            {
                Console.WriteLine($"{family}: {path} is absent (../shared/tokenizers)");
                continue;
            }
            var ours = TokenizerJsonLoader.Load(path);
            using var hf = new global::Tokenizers.DotNet.Tokenizer(path);
            foreach (var language in new[] { "english", "chinese" })
            {
                var text = BenchTexts.Read(language);
                var bytes = Encoding.UTF8.GetByteCount(text);
                if (ours.Count(text) != hf.Encode(text).Length) throw new InvalidOperationException($"{family} {language}: the counts differ");
                var cold = new List<double>();
                var warm = new List<double>();
                var theirs = new List<double>();
                for (var round = 0; round < rounds; round++)
                {
                    cold.Add(Time(() => { ours.Model.ClearCache(); ours.Count(text); }));
                    warm.Add(Time(() => ours.Count(text)));
                    theirs.Add(Time(() => hf.Encode(text)));
                }
                double MBps(List<double> seconds) => bytes / 1048576.0 / Median(seconds);
                Console.WriteLine($"{family,-12} {language,-8} {bytes,7} {MBps(cold),10:0.0} {MBps(warm),10:0.0} {MBps(theirs),10:0.0} {Median(theirs) / Median(cold),9:0.0}× {Median(theirs) / Median(warm),9:0.0}×");
            }
        }
    }

    private static double Time(Action action)
    {
        var start = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(start).TotalSeconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
