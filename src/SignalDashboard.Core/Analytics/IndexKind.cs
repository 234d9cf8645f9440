namespace SignalDashboard.Core.Analytics;

/// <summary>Which price-per-token index the usage is set against.</summary>
public enum IndexKind
{
    /// <summary>One model's price path along its lineage; its usage includes the models it superseded.</summary>
    Model,
    /// <summary>The cheapest model of a tier each day; the usage of every model in the tier that day.</summary>
    Tier,
    /// <summary>Usage-weighted mean price of a fixed basket (the models used on the first day) and its total usage.</summary>
    Blended,
}

public static class IndexKinds
{
    public static string Key(this IndexKind kind) => kind.ToString().ToLowerInvariant();

    public static bool TryParse(string text, out IndexKind kind) =>
        Enum.TryParse(text, ignoreCase: true, out kind) && Enum.IsDefined(kind) && !int.TryParse(text, out _);
}
