namespace SignalDashboard.Core.Cost;

/// <summary>What a part of the input or output is billed as.</summary>
public enum CostComponent { Input, CacheRead, CacheWrite, Output }

/// <summary>
/// One billed part: tokens (over all requests), the price per 1M tokens and the cost, exact (decimal; round only to
/// display). <see cref="Derived"/> tells how the price was derived when no source quotes it (null when quoted).
/// </summary>
public sealed record CostLine(CostComponent Component, decimal Tokens, decimal UsdPerMillion, decimal Usd, string? Derived, string Source);
