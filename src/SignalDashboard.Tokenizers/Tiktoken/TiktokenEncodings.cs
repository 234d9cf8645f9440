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
    public static ByteLevelBpeTokenizer Create(string encoding)
    {
        var pattern = encoding switch
        {
            "o200k_base" => KnownPatterns.O200k,
            "cl100k_base" => KnownPatterns.Cl100k,
            _ => throw new TokenizerLoadException($"unknown tiktoken encoding \"{encoding}\""),
        };
        var vocabulary = BpeVocabulary.FromRanks(TiktokenRanks.Read(encoding));
        var chain = new PreTokenizerChain([new SplitRule(TokenizerJsonLoader.Compile(pattern), SplitBehavior.Isolated)]);
        var none = new Dictionary<string, int>();
        var model = new ByteLevelBpeModel(vocabulary, chain, new AddedTokenSplitter(none), normalization: (NormalizationForm?)null, ignoreMerges: true);
        return new ByteLevelBpeTokenizer(model, none);
    }
}
