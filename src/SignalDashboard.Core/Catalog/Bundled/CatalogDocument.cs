namespace SignalDashboard.Core.Catalog.Bundled;

/// <summary>The content of one catalog file in our format (see feeds/catalog/README.md).</summary>
public sealed record CatalogDocument(
    IReadOnlyList<PriceSource> Sources,
    IReadOnlyList<DiscountPolicy> Policies,
    IReadOnlyList<CatalogModel> Models)
{
    public const string FormatName = "sigdash-catalog";
    public const int FormatVersion = 1;

    /// <summary>Merges several files into one catalog; a model or policy defined twice is an error.</summary>
    public static ModelCatalog Merge(IEnumerable<(string File, CatalogDocument Document)> documents)
    {
        var models = new Dictionary<ModelKey, string>();
        var policies = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var allModels = new List<CatalogModel>();
        var allPolicies = new List<DiscountPolicy>();
        foreach (var (file, document) in documents)
        {
            foreach (var model in document.Models)
            {
                if (!models.TryAdd(model.Key, file))
                    throw new CatalogFormatException(file, $"model {model.Key}", $"already defined in {models[model.Key]}");
                allModels.Add(model);
            }
            foreach (var policy in document.Policies)
            {
                if (!policies.TryAdd(policy.Provider, file))
                    throw new CatalogFormatException(file, $"discount policy {policy.Provider}", $"already defined in {policies[policy.Provider]}");
                allPolicies.Add(policy);
            }
        }
        return new ModelCatalog(allModels, allPolicies);
    }
}
