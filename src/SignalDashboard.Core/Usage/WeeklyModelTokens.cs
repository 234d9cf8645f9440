namespace SignalDashboard.Core.Usage;

/// <summary>
/// One row of the bundled OpenRouter weekly sample: the tokens (prompt + completion, counted by OpenRouter with each
/// upstream provider's tokenizer) of one model slug in the week ending on <see cref="WeekEnd"/> (the date as the
/// source named it; see feeds/usage/README.md), and the source commit the row was read from.
/// </summary>
public sealed record WeeklyModelTokens(DateOnly WeekEnd, string Model, long TotalTokens, string FromCommit)
{
    /// <summary>The OpenRouter variant suffix (<c>free</c>, <c>beta</c>, <c>thinking</c>…), or null.</summary>
    public string? Variant => Model.IndexOf(':') is var colon and >= 0 ? Model[(colon + 1)..] : null;

    /// <summary>A <c>:free</c> variant: OpenRouter charges nothing for it, so it has no price to take a logarithm of.</summary>
    public bool IsFree => string.Equals(Variant, "free", StringComparison.OrdinalIgnoreCase);
}
