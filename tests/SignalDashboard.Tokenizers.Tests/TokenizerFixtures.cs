using System.Collections.Concurrent;
using SignalDashboard.TestSupport;
using SignalDashboard.Tokenizers.Bpe;
using SignalDashboard.Tokenizers.HuggingFace;
using SignalDashboard.Tokenizers.Tiktoken;

namespace SignalDashboard.Tokenizers.Tests;

/// <summary>The real tokenizers, loaded once per test run (tokenizer.json files from ../shared, skip when absent).</summary>
public static class TokenizerFixtures
{
    public static readonly string[] Families = ["o200k_base", "cl100k_base", "deepseek-v3", "qwen3", "llama3"];

    private static readonly ConcurrentDictionary<string, Lazy<ByteLevelBpeTokenizer>> Loaded = new();

    public static ByteLevelBpeTokenizer Get(string family)
    {
        var path = family.EndsWith("_base", StringComparison.Ordinal) ? null : RepoPaths.SharedFile("tokenizers", family, "tokenizer.json");
        return Loaded.GetOrAdd(family, f => new Lazy<ByteLevelBpeTokenizer>(() =>
            path is null ? TiktokenEncodings.Create(f) : TokenizerJsonLoader.Load(path))).Value;
    }

    public static string CorpusFolder => Path.Combine(RepoPaths.Root, "tests", "SignalDashboard.Tokenizers.Tests", "Corpus");
    public static string GoldenFolder => Path.Combine(RepoPaths.Root, "tests", "SignalDashboard.Tokenizers.Tests", "Goldens");

    public static string Corpus(string name) => File.ReadAllText(Path.Combine(CorpusFolder, name + ".txt"));

    public static IEnumerable<string> CorpusNames =>
        Directory.GetFiles(CorpusFolder, "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;
}
