namespace SignalDashboard.Tokenizers.Counting;

/// <summary>
/// Counts of one text: characters (Unicode scalar values), UTF-8 bytes, and tokens per tokenizer name.
/// <see cref="HardCuts"/> &gt; 0 means some chunk had no safe boundary, so counts may be off by a token per cut.
/// </summary>
public sealed record TextCounts(long Chars, long Bytes, IReadOnlyDictionary<string, long> Tokens, int HardCuts);
