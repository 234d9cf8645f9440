namespace SignalDashboard.Core.Catalog;

/// <summary>How the effective-from date of a price is known.</summary>
public enum DateCertainty
{
    /// <summary>The provider's own record gives the day the price took effect.</summary>
    Exact,
    /// <summary>The day the price was announced (release post, changelog); it may have taken effect later.</summary>
    Announced,
    /// <summary>Only the day someone saw the price (a snapshot, an article); it took effect on or before.</summary>
    Observed,
}
