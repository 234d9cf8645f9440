using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using SignalDashboard.Tokenizers.Bpe;
using SignalDashboard.Tokenizers.PreTokenization;

namespace SignalDashboard.Tokenizers.HuggingFace;

/// <summary>
/// Reads a Hugging Face <c>tokenizer.json</c> of a byte-level BPE model (vocab, merges, <c>ignore_merges</c>,
/// normalizer, a sequence of Split pre-tokenizers ending in ByteLevel, added tokens). Anything else is refused
/// with a one-line <see cref="TokenizerLoadException"/> rather than tokenized wrongly.
/// </summary>
public static class TokenizerJsonLoader
{
    public static ByteLevelBpeTokenizer Load(string path)
    {
        try
        {
            // The whole file in one array of its size, parsed in place: a stream would be copied into pooled buffers
            // grown by doubling, which the pool keeps for the life of the process (16 MB for Qwen's 11 MB file).
            return Load(File.ReadAllBytes(path));
        }
        catch (TokenizerLoadException e)
        {
            throw new TokenizerLoadException($"{path}: {e.Message}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new TokenizerLoadException($"{path}: cannot read it ({e.Message})", e);
        }
    }

    public static ByteLevelBpeTokenizer Load(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Load(buffer.ToArray());
    }

    private static ByteLevelBpeTokenizer Load(byte[] json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            throw new TokenizerLoadException($"not a valid tokenizer.json (JSON error at line {e.LineNumber + 1}: {FirstLine(e.Message)})", e);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("model", out var model) || model.ValueKind != JsonValueKind.Object)
                throw new TokenizerLoadException("not a tokenizer.json (no \"model\" object)");
            var type = model.TryGetProperty("type", out var t) ? t.GetString() : null;
            if (type != "BPE")
                throw new TokenizerLoadException($"unsupported model type \"{type}\" (only byte-level BPE is supported)");
            RequireEmpty(model, "continuing_subword_prefix");
            RequireEmpty(model, "end_of_word_suffix");
            if (model.TryGetProperty("byte_fallback", out var fallback) && fallback.ValueKind == JsonValueKind.True)
                throw new TokenizerLoadException("byte_fallback BPE is not supported (only byte-level BPE)");

            var vocab = ReadVocab(model);
            var merges = ReadMerges(model);
            var ignoreMerges = model.TryGetProperty("ignore_merges", out var im) && im.ValueKind == JsonValueKind.True;
            var normalization = ReadNormalizer(root.TryGetProperty("normalizer", out var n) ? n : default);
            var chain = ReadPreTokenizer(root.TryGetProperty("pre_tokenizer", out var p) ? p : default);
            var added = ReadAddedTokens(root);

            var vocabulary = BpeVocabulary.FromMerges(vocab, merges.Count, merges.Items);
            var bpe = new ByteLevelBpeModel(vocabulary, chain, new AddedTokenSplitter(added), normalization, ignoreMerges);
            return new ByteLevelBpeTokenizer(bpe, added);
        }
    }

    private static Dictionary<string, int> ReadVocab(JsonElement model)
    {
        if (!model.TryGetProperty("vocab", out var vocab) || vocab.ValueKind != JsonValueKind.Object)
            throw new TokenizerLoadException("model.vocab is missing or not an object");
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in vocab.EnumerateObject())
        {
            if (entry.Value.ValueKind != JsonValueKind.Number || !entry.Value.TryGetInt32(out var id) || id < 0)
                throw new TokenizerLoadException($"model.vocab[\"{entry.Name}\"] is not a token id");
            ids[entry.Name] = id;
        }
        if (ids.Count == 0) throw new TokenizerLoadException("model.vocab is empty");
        return ids;
    }

    /// <summary>The merges, read one at a time as they are added to the table (a list of them all was ~25 MB for Llama 3).</summary>
    private static (int Count, IEnumerable<(string Left, string Right)> Items) ReadMerges(JsonElement model)
    {
        if (!model.TryGetProperty("merges", out var merges) || merges.ValueKind != JsonValueKind.Array)
            throw new TokenizerLoadException("model.merges is missing or not an array");
        return (merges.GetArrayLength(), Enumerate(merges));

        static IEnumerable<(string, string)> Enumerate(JsonElement merges)
        {
            var index = 0;
            foreach (var merge in merges.EnumerateArray())
            {
                // Two spellings: "a b" (older files) or ["a", "b"] (newer ones).
                if (merge.ValueKind == JsonValueKind.String)
                {
                    var text = merge.GetString()!;
                    var space = text.IndexOf(' ', 1);
                    if (space < 0) throw new TokenizerLoadException($"model.merges[{index}] is not two tokens");
                    yield return (text[..space], text[(space + 1)..]);
                }
                else if (merge.ValueKind == JsonValueKind.Array && merge.GetArrayLength() == 2)
                {
                    yield return (merge[0].GetString() ?? "", merge[1].GetString() ?? "");
                }
                else
                {
                    throw new TokenizerLoadException($"model.merges[{index}] is not two tokens");
                }
                index++;
            }
        }
    }

    private static NormalizationForm? ReadNormalizer(JsonElement normalizer)
    {
        if (normalizer.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null) return null;
        var type = normalizer.GetProperty("type").GetString();
        switch (type)
        {
            case "Sequence":
                NormalizationForm? form = null;
                foreach (var inner in normalizer.GetProperty("normalizers").EnumerateArray())
                {
                    if (ReadNormalizer(inner) is { } f)
                    {
                        if (form is not null) throw new TokenizerLoadException("more than one Unicode normalizer is not supported");
                        form = f;
                    }
                }
                return form;
            case "NFC": return NormalizationForm.FormC;
            case "NFD": return NormalizationForm.FormD;
            case "NFKC": return NormalizationForm.FormKC;
            case "NFKD": return NormalizationForm.FormKD;
            default: throw new TokenizerLoadException($"normalizer \"{type}\" is not supported");
        }
    }

    private static PreTokenizerChain ReadPreTokenizer(JsonElement preTokenizer)
    {
        var steps = new List<JsonElement>();
        if (preTokenizer.ValueKind == JsonValueKind.Object)
        {
            if (preTokenizer.GetProperty("type").GetString() == "Sequence")
                steps.AddRange(preTokenizer.GetProperty("pretokenizers").EnumerateArray());
            else
                steps.Add(preTokenizer);
        }
        var rules = new List<SplitRule>();
        var byteLevel = false;
        foreach (var step in steps)
        {
            var type = step.GetProperty("type").GetString();
            switch (type)
            {
                case "Split":
                    rules.Add(ReadSplit(step));
                    break;
                case "ByteLevel":
                    if (step.TryGetProperty("add_prefix_space", out var aps) && aps.ValueKind == JsonValueKind.True)
                        throw new TokenizerLoadException("ByteLevel add_prefix_space = true is not supported");
                    if (!step.TryGetProperty("use_regex", out var ur) || ur.ValueKind == JsonValueKind.True)
                        rules.Add(new SplitRule(Compile(KnownPatterns.Gpt2), SplitBehavior.Isolated));
                    byteLevel = true;
                    break;
                default:
                    throw new TokenizerLoadException($"pre-tokenizer \"{type}\" is not supported");
            }
        }
        if (!byteLevel) throw new TokenizerLoadException("not a byte-level BPE (no ByteLevel pre-tokenizer)");
        return new PreTokenizerChain(rules);
    }

    private static SplitRule ReadSplit(JsonElement split)
    {
        var pattern = split.GetProperty("pattern");
        string regex;
        if (pattern.TryGetProperty("Regex", out var r)) regex = r.GetString() ?? "";
        else if (pattern.TryGetProperty("String", out var s)) regex = Regex.Escape(s.GetString() ?? "");
        else throw new TokenizerLoadException("Split pattern is neither Regex nor String");
        var behaviorName = split.TryGetProperty("behavior", out var b) ? b.GetString() : "Isolated";
        if (!Enum.TryParse<SplitBehavior>(behaviorName, ignoreCase: true, out var behavior))
            throw new TokenizerLoadException($"Split behavior \"{behaviorName}\" is not supported");
        var invert = split.TryGetProperty("invert", out var inv) && inv.ValueKind == JsonValueKind.True;
        return new SplitRule(Compile(regex), behavior, invert);
    }

    internal static AstralSafeRegex Compile(string pattern)
    {
        try
        {
            return new AstralSafeRegex(KnownPatterns.Find(pattern) ?? new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled));
        }
        catch (ArgumentException e)
        {
            throw new TokenizerLoadException($"pre-tokenizer regex does not compile: {FirstLine(e.Message)}", e);
        }
    }

    private static Dictionary<string, int> ReadAddedTokens(JsonElement root)
    {
        var added = new Dictionary<string, int>(StringComparer.Ordinal);
        if (!root.TryGetProperty("added_tokens", out var tokens) || tokens.ValueKind != JsonValueKind.Array) return added;
        foreach (var token in tokens.EnumerateArray())
        {
            var content = token.GetProperty("content").GetString();
            if (string.IsNullOrEmpty(content)) continue;
            foreach (var flag in new[] { "lstrip", "rstrip", "single_word" })
            {
                if (token.TryGetProperty(flag, out var f) && f.ValueKind == JsonValueKind.True)
                    throw new TokenizerLoadException($"added token \"{content}\" uses {flag}, which is not supported");
            }
            added[content] = token.GetProperty("id").GetInt32();
        }
        return added;
    }

    private static void RequireEmpty(JsonElement model, string property)
    {
        if (model.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
            throw new TokenizerLoadException($"model.{property} \"{text}\" is not supported (only byte-level BPE)");
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
