namespace SignalDashboard.Core.Catalog.Import;

/// <summary>Exact decimal arithmetic for prices: USD per token to USD per 1M tokens, and a tidy scale.</summary>
internal static class PerMillion
{
    /// <summary>USD per token × 1,000,000, exactly (3e-06 per token is 3 per 1M, not 2.9999999999999996).</summary>
    public static decimal FromPerToken(decimal perToken) => Normalize(perToken * 1_000_000m);

    /// <summary>The same value without trailing zeros of the scale (3.000000 becomes 3, 12.5000000 becomes 12.5).</summary>
    public static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;
}
