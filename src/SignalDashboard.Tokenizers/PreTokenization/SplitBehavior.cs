namespace SignalDashboard.Tokenizers.PreTokenization;

/// <summary>What a Hugging Face <c>Split</c> pre-tokenizer does with the matches of its pattern.</summary>
public enum SplitBehavior
{
    Isolated,
    Removed,
    MergedWithPrevious,
    MergedWithNext,
    Contiguous,
}
