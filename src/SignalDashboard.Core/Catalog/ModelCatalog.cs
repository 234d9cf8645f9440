namespace SignalDashboard.Core.Catalog;

/// <summary>
/// The models and the providers' discount policies, with the questions the screens and the CLI ask of them:
/// the prices in effect on a day, a model's price path across its predecessors, and the changes along it.
/// </summary>
public sealed class ModelCatalog
{
    /// <summary>Fields whose changes are events (batch and cached prices follow them by policy).</summary>
    public static readonly IReadOnlyList<PriceField> TrackedFields =
        [PriceField.Input, PriceField.Output, PriceField.CachedInput, PriceField.CacheWrite];

    private readonly Dictionary<ModelKey, CatalogModel> _byKey;
    private readonly Dictionary<string, DiscountPolicy> _policies;

    public ModelCatalog(IEnumerable<CatalogModel> models, IEnumerable<DiscountPolicy> policies)
    {
        Models = models.OrderBy(m => m.Provider, StringComparer.Ordinal).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();
        _byKey = Models.ToDictionary(m => m.Key);
        Policies = policies.ToList();
        _policies = Policies.ToDictionary(p => p.Provider, StringComparer.OrdinalIgnoreCase);
    }

    public static ModelCatalog Empty { get; } = new([], []);

    public IReadOnlyList<CatalogModel> Models { get; }
    public IReadOnlyList<DiscountPolicy> Policies { get; }

    public CatalogModel? Find(ModelKey key) => _byKey.GetValueOrDefault(key);

    public DiscountPolicy? PolicyFor(string provider) => _policies.GetValueOrDefault(provider);

    public PriceSheet SheetOn(CatalogModel model, DateOnly day) => PriceSheet.ForDay(model, day, PolicyFor(model.Provider));

    /// <summary>The newest day any quote takes effect: "today" for a catalog that is not live.</summary>
    public DateOnly LatestDay => Models.SelectMany(m => m.Quotes).Select(q => q.EffectiveFrom).DefaultIfEmpty().Max();

    /// <summary>The model and the models it superseded, oldest first.</summary>
    public IReadOnlyList<CatalogModel> Lineage(CatalogModel model)
    {
        var chain = new List<CatalogModel> { model };
        var seen = new HashSet<ModelKey> { model.Key };
        while (chain[0].Supersedes is { } previous && seen.Add(previous) && Find(previous) is { } older)
            chain.Insert(0, older);
        return chain;
    }

    /// <summary>
    /// The quoted steps of <paramref name="field"/> along the model's lineage: each predecessor's quotes until
    /// its successor's first quote of that field, then the successor's.
    /// </summary>
    public IReadOnlyList<PriceStep> PricePath(CatalogModel model, PriceField field)
    {
        var steps = new List<PriceStep>();
        foreach (var member in Lineage(model))
        {
            var own = member.History(field).ToList();
            if (own.Count == 0) continue;
            steps.RemoveAll(s => s.Day >= own[0].EffectiveFrom);
            steps.AddRange(own.Select(q => new PriceStep(q.EffectiveFrom, q.UsdPerMillion, member.Key)));
        }
        return steps;
    }

    /// <summary>Every change of a tracked field along the model's lineage, oldest first.</summary>
    public IReadOnlyList<PriceChange> Changes(CatalogModel model)
    {
        var changes = new List<PriceChange>();
        foreach (var field in TrackedFields)
        {
            var path = PricePath(model, field);
            for (var i = 1; i < path.Count; i++)
            {
                var (before, after) = (path[i - 1], path[i]);
                if (before.UsdPerMillion == after.UsdPerMillion) continue;
                var source = Find(after.Model)!.History(field).First(q => q.EffectiveFrom == after.Day).Source;
                changes.Add(new PriceChange(after.Model, before.Model, field, after.Day, before.UsdPerMillion, after.UsdPerMillion, source));
            }
        }
        return changes.OrderBy(c => c.Day).ThenBy(c => c.Field).ToList();
    }

    /// <summary>The newest change of <paramref name="field"/> along the lineage, if any.</summary>
    public PriceChange? LastChange(CatalogModel model, PriceField field = PriceField.Input) =>
        Changes(model).LastOrDefault(c => c.Field == field);
}
