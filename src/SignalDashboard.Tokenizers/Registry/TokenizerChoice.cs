namespace SignalDashboard.Tokenizers.Registry;

/// <summary>
/// Which tokenizer counts a model's text: its own family, or a named approximation (then <see cref="Approximate"/>
/// and <see cref="Label"/> say so wherever the count is shown).
/// </summary>
public sealed record TokenizerChoice(string Tokenizer, bool Approximate, string Label, string? Note)
{
    public static TokenizerChoice Exact(string tokenizer) => new(tokenizer, false, tokenizer, null);
}
