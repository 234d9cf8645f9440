namespace SignalDashboard.Core.Catalog;

/// <summary>The four price tiers of the seed article, derived from the standard input price.</summary>
public enum Tier
{
    Unknown,
    Free,
    Budget,
    Mid,
    Top,
}

public static class Tiers
{
    public const decimal BudgetCeiling = 1m;
    public const decimal MidCeiling = 5m;

    /// <summary>0 → Free, below $1 → Budget, $1 to $5 (inclusive) → Mid, above $5 → Top.</summary>
    public static Tier FromInputPrice(decimal? usdPerMillionInput) => usdPerMillionInput switch
    {
        null => Tier.Unknown,
        < 0m => throw new ArgumentOutOfRangeException(nameof(usdPerMillionInput), "A price cannot be negative."),
        0m => Tier.Free,
        < BudgetCeiling => Tier.Budget,
        <= MidCeiling => Tier.Mid,
        _ => Tier.Top,
    };

    /// <summary>Parses a tier by name only (not by number, not a comma list); Unknown is not a tier to ask for.</summary>
    public static bool TryParse(string text, out Tier tier)
    {
        tier = Enum.GetValues<Tier>().FirstOrDefault(t => t != Tier.Unknown && string.Equals(t.ToString(), text.Trim(), StringComparison.OrdinalIgnoreCase));
        return tier != Tier.Unknown;
    }
}
