namespace SignalDashboard.Storage;

/// <summary>What one <see cref="CatalogRepository.Save"/> changed; all zero when the catalog was already stored.</summary>
public sealed record CatalogSaveResult(int ModelsAdded, int ModelsUpdated, int QuotesAdded, int PoliciesAdded, int PoliciesUpdated)
{
    public bool Changed => ModelsAdded + ModelsUpdated + QuotesAdded + PoliciesAdded + PoliciesUpdated > 0;
}
