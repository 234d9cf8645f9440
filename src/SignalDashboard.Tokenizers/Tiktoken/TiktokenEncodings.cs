using System.Text;
using SignalDashboard.Tokenizers.Bpe;
using SignalDashboard.Tokenizers.HuggingFace;
using SignalDashboard.Tokenizers.PreTokenization;

namespace SignalDashboard.Tokenizers.Tiktoken;

/// <summary>
/// o200k_base and cl100k_base: the ranks come offline from the Microsoft.ML.Tokenizers data packages; the patterns
/// are tiktoken's. Encoded like tiktoken's <c>encode_ordinary</c> (special-token text is ordinary text).
/// </summary>
public static class TiktokenEncodings
{
    public const string O200kPattern =
        @"[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?" +
        @"|[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?" +
        @"|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n/]*|\s*[\r\n]+|\s+(?!\S)|\s+";

    public const string Cl100kPattern =
        @"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+";

    public static ByteLevelBpeTokenizer Create(string encoding)
    {
        var pattern = encoding switch
        {
            "o200k_base" => O200kPattern,
            "cl100k_base" => Cl100kPattern,
            _ => throw new TokenizerLoadException($"unknown tiktoken encoding \"{encoding}\""),
        };
        var vocabulary = BpeVocabulary.FromRanks(TiktokenRanks.Read(encoding));
        var chain = new PreTokenizerChain([new SplitRule(TokenizerJsonLoader.Compile(pattern), SplitBehavior.Isolated)]);
        var none = new Dictionary<string, int>();
        var model = new ByteLevelBpeModel(vocabulary, chain, new AddedTokenSplitter(none), normalization: (NormalizationForm?)null, ignoreMerges: true);
        return new ByteLevelBpeTokenizer(model, none);
    }
}
