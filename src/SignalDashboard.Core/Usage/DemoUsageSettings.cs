namespace SignalDashboard.Core.Usage;

/// <summary>
/// The contents of <c>feeds/usage/demo.json</c> (documented in <c>feeds/usage/README.md</c>): the generator's seed,
/// its days, the elasticity it builds in and the noise around it.
/// </summary>
public sealed record DemoUsageSettings(
    ulong Seed,
    DateOnly Start,
    DateOnly End,
    double Epsilon,
    double Noise,
    double GrowthPerDay,
    double TokensAtOneDollar,
    double FreeModelTokens,
    double InputShare,
    double CachedShare,
    double TokensPerRequest);
