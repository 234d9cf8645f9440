using System.Globalization;
using SignalDashboard.Tokenizers;
using SignalDashboard.Tokenizers.Counting;
using SignalDashboard.Tokenizers.Registry;
using SignalDashboard.Composition;

namespace SignalDashboard.Cli;

/// <summary>
/// FILE or "-" (standard input) for <c>tokens</c> and <c>cost</c>: opened as a stream and counted in chunks with
/// every tokenizer asked for, with progress on stderr for inputs of 16 MB and more.
/// </summary>
internal static class TextInputs
{
    private const long ProgressFrom = 16L * 1024 * 1024;

    public static TextCounts Count(RunContext context, string? file, IReadOnlyList<(string Name, Tokenizers.Bpe.ByteLevelBpeTokenizer Tokenizer)> tokenizers)
    {
        using var stream = Open(context, file);
        return Count(context, NameOf(file), stream, tokenizers);
    }

    /// <summary>FILE, or standard input for null or "-".</summary>
    public static Stream Open(RunContext context, string? file) => file is null or "-" ? context.OpenStandardInput() : OpenFile(file);

    /// <summary>How messages name the input.</summary>
    public static string NameOf(string? file) => file is null or "-" ? "standard input" : file;

    public static TextCounts Count(RunContext context, string name, Stream stream, IReadOnlyList<(string Name, Tokenizers.Bpe.ByteLevelBpeTokenizer Tokenizer)> tokenizers)
    {
        var lastTenth = -1;
        var progress = new Inline<CountProgress>(p =>
        {
            if (p.TotalBytes is { } total ? total < ProgressFrom : p.BytesRead < ProgressFrom) return;
            var tenth = p.TotalBytes is { } t && t > 0 ? (int)(p.BytesRead * 10 / t) : (int)(p.BytesRead / ProgressFrom);
            if (tenth == lastTenth) return;
            lastTenth = tenth;
            var mb = (p.BytesRead / (1024.0 * 1024)).ToString("0", CultureInfo.InvariantCulture);
            context.Error.WriteLine(p.TotalBytes is { } all
                ? $"sigdash: counting {name}: {tenth * 10}% ({mb} of {(all / (1024.0 * 1024)).ToString("0", CultureInfo.InvariantCulture)} MB)"
                : $"sigdash: counting {name}: {mb} MB");
        });
        try
        {
            return new StreamingTokenCounter(tokenizers).Count(stream, progress);
        }
        catch (InputProblemException e)
        {
            throw new InputProblemException($"{name}: {e.Message}");
        }
    }

    /// <summary>The tokenizers named by --tokenizer: all, a tokenizer, or a model family with an approximation.</summary>
    public static List<(string Label, string Tokenizer, bool Approximate)> Select(TokenizerRegistry registry, string which)
    {
        if (string.Equals(which, "all", StringComparison.OrdinalIgnoreCase))
            return registry.Names.Select(n => (n, n, false)).ToList();
        if (registry.Resolve(which) is { } choice) return [(choice.Label, choice.Tokenizer, choice.Approximate)];
        var known = registry.Names.Concat(registry.Definitions.Approximations.Select(a => a.Family));
        throw new ArgumentException($"unknown tokenizer \"{which}\" (known: all, {string.Join(", ", known)})");
    }

    private static FileStream OpenFile(string path)
    {
        if (Directory.Exists(path)) throw new InputProblemException($"{path}: is a folder, not a text file");
        if (!File.Exists(path)) throw new InputProblemException($"{path}: no such file");
        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
    }

    private sealed class Inline<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
