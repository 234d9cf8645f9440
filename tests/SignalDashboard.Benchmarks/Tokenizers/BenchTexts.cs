using System.Text;
using SignalDashboard.TestSupport;

namespace SignalDashboard.Benchmarks.Tokenizers;

/// <summary>
/// Real texts for the tokenizer benchmarks: Vim's tutor in English and its Chinese translation (Debian package
/// vim-runtime; the same text in both languages), else the seed article and the corpus's Chinese paragraph.
/// <c>SIGDASH_BENCH_EN</c> / <c>SIGDASH_BENCH_ZH</c> name other files.
/// </summary>
public static class BenchTexts
{
    public static string Path(string language)
    {
        var variable = Environment.GetEnvironmentVariable(language == "english" ? "SIGDASH_BENCH_EN" : "SIGDASH_BENCH_ZH");
        if (variable is { Length: > 0 }) return variable;
        var vim = language == "english" ? "/usr/share/vim/vim90/tutor/tutor" : "/usr/share/vim/vim90/tutor/tutor.zh_cn.utf-8";
        if (File.Exists(vim)) return vim;
        return language == "english"
            ? System.IO.Path.Combine(RepoPaths.Shared, "seed", "000_0e611ef4b99e432a.txt")
            : System.IO.Path.Combine(RepoPaths.Root, "tests", "SignalDashboard.Tokenizers.Tests", "Corpus", "chinese.txt");
    }

    public static string Read(string language) => File.ReadAllText(Path(language), Encoding.UTF8);

    public static string TokenizerJson(string family) => System.IO.Path.Combine(RepoPaths.Shared, "tokenizers", family, "tokenizer.json");
}
