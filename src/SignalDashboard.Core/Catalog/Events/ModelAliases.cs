using System.Text;

namespace SignalDashboard.Core.Catalog.Events;

/// <summary>
/// One explicit alias (feeds/catalog/aliases/aliases.json): the model a source spells as
/// (<see cref="Provider"/>, <see cref="Model"/>) is <see cref="Canonical"/>.
/// </summary>
public sealed record ModelAlias(string Provider, string Model, ModelKey Canonical, string? Note = null);

/// <summary>
/// Maps a model as a source spells it — (provider, model) — to one canonical <see cref="ModelKey"/>, so the Catalog
/// can show one row per model with each source's prices. The canonical key is a matching key: show
/// the sources' own spellings to people.
/// <para>The rules (<see cref="Normalize"/>), in order:</para>
/// <list type="number">
/// <item>Trim and lowercase both ids (genai-prices <c>MiniMax-M2</c> = llm-prices <c>minimax-m2</c>).</item>
/// <item>The provider is the one the source names, never a segment of the model id: a path stays part of the model
/// (<c>doubleword</c> + <c>Qwen/Qwen3-14B-FP8</c> → <c>doubleword/qwen/qwen3-14b-fp8</c>, not a model of qwen;
/// genai-prices' <c>openrouter</c> + <c>anthropic/claude-opus-4.6</c> is OpenRouter's listing). Only a leading segment
/// that repeats the provider (LiteLLM <c>openrouter/anthropic/…</c> under <c>openrouter</c>, <c>gemini/…</c> under
/// <c>gemini</c>) or a leading <c>models/</c> (<c>models/gemini-2.5-pro</c>) is dropped: a path, not a vendor.
/// OpenRouter's own catalog names the vendor in its ids, and <see cref="Import.OpenRouterReader"/> files them under it.</item>
/// <item>Provider aliases (<see cref="ProviderAliases"/>): <c>meta-llama</c>, <c>meta-ai</c> → <c>meta</c>;
/// <c>x-ai</c> → <c>xai</c>; <c>mistralai</c> → <c>mistral</c>; <c>moonshot-ai</c> → <c>moonshotai</c>; …</item>
/// <item>A dot between two digits becomes a dash (<c>claude-opus-4.6</c> → <c>claude-opus-4-6</c>,
/// <c>gpt-5.2</c> → <c>gpt-5-2</c>); other dots stay (<c>amazon.nova-lite-v1:0</c>).</item>
/// </list>
/// <para>What the rules do <b>not</b> do: strip <c>:free</c>, <c>:beta</c>, <c>:extended</c>, <c>:thinking</c> or any
/// other <c>:</c> suffix (a free or extended variant is a different offering with its own price); strip date or
/// <c>-latest</c> suffixes (<c>claude-sonnet-4-5-20250929</c>); reorder words (<c>claude-4.5-haiku</c>); fold a
/// host's listing without a vendor prefix into the vendor's (Vertex's <c>google/claude-opus-4-6</c>). Those
/// need an explicit <see cref="ModelAlias"/>, looked up after the rules, so one entry covers every spelling that
/// normalizes alike — so does joining a reseller's listing to the vendor's model, a decision for a person, not for
/// text inside an id. Explicit aliases are one step: a canonical key is never itself an alias.</para>
/// </summary>
public sealed class ModelAliases
{
    /// <summary>Provider ids of the catalogs → the canonical provider id (checked against the real files in ../shared/catalogs).</summary>
    public static readonly IReadOnlyDictionary<string, string> ProviderAliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["meta-llama"] = "meta",      // OpenRouter, Hugging Face
        ["meta-ai"] = "meta",         // llm-prices data/meta-ai.json
        ["meta_llama"] = "meta",      // LiteLLM
        ["google-ai"] = "google",
        ["gemini"] = "google",        // LiteLLM gemini/…
        ["vertex_ai"] = "google",     // LiteLLM vertex_ai/…
        ["vertex-ai"] = "google",
        ["x-ai"] = "xai",             // genai-prices, OpenRouter (llm-prices and LiteLLM say xai)
        ["mistralai"] = "mistral",    // OpenRouter, Hugging Face (genai-prices and llm-prices say mistral)
        ["moonshot-ai"] = "moonshotai", // llm-prices (genai-prices and OpenRouter say moonshotai)
        ["moonshot"] = "moonshotai",  // LiteLLM
        ["z-ai"] = "zhipuai",         // OpenRouter (genai-prices says zhipuai)
        ["zai"] = "zhipuai",          // LiteLLM
        ["deepseek-ai"] = "deepseek", // Hugging Face
    };

    private readonly Dictionary<ModelKey, ModelAlias> _explicit;

    /// <summary>The rules only, no explicit entries.</summary>
    public static ModelAliases Rules { get; } = new([]);

    /// <exception cref="ArgumentException">An entry whose canonical key is not normalized, that maps a key to
    /// itself, that repeats another entry's key (after normalization), or whose canonical key is another entry's alias.</exception>
    public ModelAliases(IEnumerable<ModelAlias> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = entries.ToList();
        _explicit = [];
        foreach (var (entry, i) in Entries.Select((e, i) => (e, i)))
        {
            if (Problem(entry) is { } problem)
                throw new ArgumentException($"alias {i} ({entry.Provider}/{entry.Model}): {problem}", nameof(entries));
            var key = Normalize(entry.Provider, entry.Model);
            if (!_explicit.TryAdd(key, entry))
                throw new ArgumentException($"alias {i} ({entry.Provider}/{entry.Model}): {RepeatProblem(_explicit[key])}", nameof(entries));
        }
        foreach (var (entry, i) in Entries.Select((e, i) => (e, i)))
        {
            if (ChainProblem(entry) is { } problem)
                throw new ArgumentException($"alias {i} ({entry.Provider}/{entry.Model}): {problem}", nameof(entries));
        }
    }

    public IReadOnlyList<ModelAlias> Entries { get; }

    /// <summary>The canonical key of a model as a source spells it: the rules, then an explicit alias if one matches.</summary>
    public ModelKey Canonical(string provider, string model)
    {
        var key = Normalize(provider, model);
        return _explicit.TryGetValue(key, out var alias) ? alias.Canonical : key;
    }

    public ModelKey Canonical(ModelKey key) => Canonical(key.Provider, key.Model);

    /// <summary>The rules alone (see the class summary), without explicit aliases.</summary>
    public static ModelKey Normalize(string provider, string model)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(model);
        var spelled = provider.Trim().ToLowerInvariant();
        var p = NormalizeProvider(spelled);
        var m = model.Trim().ToLowerInvariant();

        // A leading segment that is a path, not a vendor: the provider's own name, then "models".
        var slash = m.IndexOf('/');
        if (slash > 0 && slash < m.Length - 1 && (m[..slash] == spelled || NormalizeProvider(m[..slash]) == p))
            m = m[(slash + 1)..];
        if (m.StartsWith("models/", StringComparison.Ordinal) && m.Length > "models/".Length)
            m = m["models/".Length..];

        return new ModelKey(p, DigitDotsToDashes(m));
    }

    public static string NormalizeProvider(string provider)
    {
        var p = provider.Trim().ToLowerInvariant();
        return ProviderAliases.TryGetValue(p, out var canonical) ? canonical : p;
    }

    /// <summary>Whether <paramref name="key"/> is what the rules make of it (so it can be a canonical key).</summary>
    public static bool IsNormalized(ModelKey key) => Normalize(key.Provider, key.Model) == key;

    internal static string? Problem(ModelAlias entry)
    {
        if (!IsNormalized(entry.Canonical))
            return $"canonical \"{entry.Canonical}\" is not in normal form; write \"{Normalize(entry.Canonical.Provider, entry.Canonical.Model)}\"";
        if (Normalize(entry.Provider, entry.Model) == entry.Canonical)
            return $"the rules already map it to \"{entry.Canonical}\"; the alias is not needed";
        return null;
    }

    internal static string RepeatProblem(ModelAlias earlier) =>
        $"the same model as the alias for {earlier.Provider}/{earlier.Model} (after normalization)";

    internal string? ChainProblem(ModelAlias entry) =>
        _explicit.TryGetValue(entry.Canonical, out var next)
            ? $"canonical \"{entry.Canonical}\" is itself an alias (of \"{next.Canonical}\"); point to \"{next.Canonical}\""
            : null;

    private static string DigitDotsToDashes(string id)
    {
        if (!id.Contains('.')) return id;
        var text = new StringBuilder(id);
        for (var i = 1; i < text.Length - 1; i++)
        {
            if (text[i] == '.' && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]))
                text[i] = '-';
        }
        return text.ToString();
    }
}
