namespace SignalDashboard.Tokenizers.Registry;

/// <summary>Finds (or fetches) the tokenizer.json of a family; throws <see cref="TokenizerLoadException"/> with the reason.</summary>
public interface ITokenizerFiles
{
    string Locate(TokenizerFamily family);

    /// <summary>Whether the family's file is already here (configured folder or cache), so loading it needs no download.</summary>
    bool IsPresent(TokenizerFamily family) => true;
}
