namespace SignalDashboard.Tokenizers.Registry;

/// <summary>Finds (or fetches) the tokenizer.json of a family; throws <see cref="TokenizerLoadException"/> with the reason.</summary>
public interface ITokenizerFiles
{
    string Locate(TokenizerFamily family);
}
