using System.Collections.Concurrent;
using SignalDashboard.Tokenizers.Bpe;
using SignalDashboard.Tokenizers.HuggingFace;
using SignalDashboard.Tokenizers.Tiktoken;

namespace SignalDashboard.Tokenizers.Registry;

/// <summary>
/// The tokenizers sigdash knows (from <see cref="TokenizerDefinitions"/>), loaded on first use and kept. A catalog
/// model's tokenizer family resolves to itself when sigdash has it, else to a named approximation.
/// </summary>
public sealed class TokenizerRegistry(TokenizerDefinitions definitions, ITokenizerFiles files)
{
    private readonly ConcurrentDictionary<string, Lazy<ByteLevelBpeTokenizer>> _loaded = new(StringComparer.OrdinalIgnoreCase);

    public TokenizerDefinitions Definitions { get; } = definitions;

    public IReadOnlyList<string> Names => Definitions.Families.Select(f => f.Name).ToList();

    /// <summary>The tokenizer that counts a model of <paramref name="catalogFamily"/>; null when nothing fits.</summary>
    public TokenizerChoice? Resolve(string? catalogFamily)
    {
        if (string.IsNullOrWhiteSpace(catalogFamily)) return null;
        if (Definitions.Family(catalogFamily) is { } family) return TokenizerChoice.Exact(family.Name);
        var approximation = Definitions.Approximations.FirstOrDefault(a => string.Equals(a.Family, catalogFamily, StringComparison.OrdinalIgnoreCase));
        return approximation is null ? null : new TokenizerChoice(approximation.CountWith, true, approximation.Name, approximation.Note);
    }

    /// <summary>
    /// False when the tokenizer needs a tokenizer.json that is neither in the configured folder nor in the cache (it
    /// would have to be downloaded; the dashboard never does). Unknown names are not installed either.
    /// </summary>
    public bool IsInstalled(string name) =>
        Definitions.Family(name) is { } family && (family.Kind == TokenizerKind.Tiktoken || files.IsPresent(family));

    /// <summary>True when <see cref="Get"/> returns without loading anything (loaded before by this registry).</summary>
    public bool IsLoaded(string name) =>
        Definitions.Family(name) is { } family && _loaded.TryGetValue(family.Name, out var lazy) && lazy.IsValueCreated;

    /// <exception cref="TokenizerLoadException">Unknown name, or its file is missing, corrupt or cannot be fetched.</exception>
    public ByteLevelBpeTokenizer Get(string name)
    {
        var family = Definitions.Family(name)
            ?? throw new TokenizerLoadException($"unknown tokenizer \"{name}\" (known: {string.Join(", ", Names)})");
        var lazy = _loaded.GetOrAdd(family.Name, _ => new Lazy<ByteLevelBpeTokenizer>(() => Load(family)));
        try
        {
            return lazy.Value;
        }
        catch (TokenizerLoadException)
        {
            _loaded.TryRemove(family.Name, out _); // a later call may succeed (file added, network back)
            throw;
        }
    }

    // Loaded tokenizers are immutable and big (a vocabulary of 100k–150k tokens): one copy per process and file
    // version, shared by every registry (the CLI has one, each dashboard test another).
    private static readonly ConcurrentDictionary<string, Lazy<ByteLevelBpeTokenizer>> Shared = new(StringComparer.Ordinal);

    private ByteLevelBpeTokenizer Load(TokenizerFamily family)
    {
        if (family.Kind == TokenizerKind.Tiktoken)
            return Shared.GetOrAdd("tiktoken:" + family.Name, name => new(() => TiktokenEncodings.Create(family.Name))).Value;
        var path = files.Locate(family);
        var info = new FileInfo(path);
        var key = $"{Path.GetFullPath(path)}|{info.Length}|{info.LastWriteTimeUtc.Ticks}";
        var lazy = Shared.GetOrAdd(key, _ => new(() => TokenizerJsonLoader.Load(path)));
        try
        {
            return lazy.Value;
        }
        catch (TokenizerLoadException)
        {
            Shared.TryRemove(key, out _);
            throw;
        }
    }
}
