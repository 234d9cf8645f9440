namespace SignalDashboard.Feeds.CountTokens;

/// <summary>What one count-tokens call brought: the count, or why there is none (one line, no key, no body).</summary>
public sealed record CountTokensResult(string Vendor, string Model, long? Tokens, string? Error)
{
    public bool Succeeded => Tokens is not null;
}
