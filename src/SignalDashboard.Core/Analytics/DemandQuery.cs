using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Usage;

namespace SignalDashboard.Core.Analytics;

/// <summary>What to set usage against: the index kind, the model (Model) or tier (Tier), and the token mix.</summary>
public sealed record DemandQuery(IndexKind Kind, ModelKey? Model = null, Tier? Tier = null, TokenMix? Mix = null)
{
    public TokenMix TokenMix => Mix ?? TokenMix.Default;
}
