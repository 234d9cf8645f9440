using LiteDB;
using SignalDashboard.Core.Catalog;

namespace SignalDashboard.Storage;

/// <summary>
/// The model catalog in a <see cref="SignalStore"/>. <see cref="Save"/> merges: it adds the models, quotes and
/// policies the store lacks and never deletes or rewrites a price point, so the price history only grows and
/// saving the same catalog twice changes nothing. <see cref="Load"/> gives back what was saved, exactly.
/// </summary>
public sealed class CatalogRepository
{
    private readonly SignalStore _store;
    private readonly TimeProvider _time;

    /// <param name="time">Stamps observed-at on new price points; the store's clock when null.</param>
    public CatalogRepository(SignalStore store, TimeProvider? time = null)
    {
        _store = store;
        _time = time ?? store.Time;
        CatalogCollections.EnsureIndexes(Db);
    }

    private LiteDatabase Db => _store.Database;
    private ILiteCollection<BsonDocument> Models => Db.GetCollection(CatalogCollections.Models);
    private ILiteCollection<BsonDocument> Points => Db.GetCollection(CatalogCollections.PricePoints, BsonAutoId.Int64);
    private ILiteCollection<BsonDocument> Policies => Db.GetCollection(CatalogCollections.DiscountPolicies);

    public int ModelCount => Models.Count();

    /// <summary>
    /// The stored catalog. Each model's quotes come in the order they were stored; when a field and day was
    /// quoted more than once (a corrected figure), the most recently stored quote is the one returned.
    /// </summary>
    public ModelCatalog Load()
    {
        var quotesByModel = Points.FindAll()
            .Select(CatalogBson.PricePoint)
            .GroupBy(p => p.Model)
            .ToDictionary(g => g.Key, g => CurrentRevisions(g));
        var models = Models.FindAll().Select(doc =>
        {
            var model = CatalogBson.Model(doc, []);
            return model with { Quotes = quotesByModel.GetValueOrDefault(model.Key) ?? [] };
        });
        var policies = Policies.FindAll().Select(CatalogBson.Policy);
        return new ModelCatalog(models.ToList(), policies.ToList());
    }

    /// <summary>Every stored price point of <paramref name="model"/>, revisions included, in the order stored.</summary>
    public IReadOnlyList<StoredPricePoint> History(ModelKey model) =>
        Points.Find(Query.EQ("key", CatalogBson.KeyText(model)))
            .Select(CatalogBson.PricePoint)
            .OrderBy(p => p.Sequence)
            .ToList();

    /// <summary>
    /// Adds what the store lacks, in one transaction (a failure leaves the store as it was):
    /// <list type="bullet">
    /// <item>a model not stored is added; a stored one takes the catalog's name and open-weights flag, and its
    /// context window, tokenizer and predecessor where the catalog gives them;</item>
    /// <item>a quote is appended unless a stored point has the same field, day, value, source key and
    /// certainty, so a corrected figure for a day is a new revision, and nothing is ever overwritten;</item>
    /// <item>a provider's discount policy is added or replaced (it is a rule, not a history).</item>
    /// </list>
    /// Models and policies the catalog does not mention are kept.
    /// </summary>
    public CatalogSaveResult Save(ModelCatalog catalog)
    {
        var observedAt = CatalogBson.ToStoredPrecision(_time.GetUtcNow());
        return _store.InTransaction(() => SaveInTransaction(catalog, observedAt));
    }

    private CatalogSaveResult SaveInTransaction(ModelCatalog catalog, DateTimeOffset observedAt)
    {
        var storedModels = Models.FindAll().ToDictionary(d => d["_id"].AsString);
        var storedQuotes = Points.FindAll()
            .Select(CatalogBson.PricePoint)
            .Select(p => Identity(p.Model, p.Quote))
            .ToHashSet();

        int modelsAdded = 0, modelsUpdated = 0;
        var newPoints = new List<BsonDocument>();
        foreach (var model in catalog.Models)
        {
            if (!storedModels.TryGetValue(CatalogBson.KeyText(model.Key), out var stored))
            {
                Models.Insert(CatalogBson.Model(model));
                modelsAdded++;
            }
            else
            {
                var before = CatalogBson.Model(stored, []);
                var after = Merge(before, model);
                if (!SameDescription(before, after))
                {
                    Models.Update(CatalogBson.Model(after));
                    modelsUpdated++;
                }
            }

            foreach (var quote in model.Quotes)
            {
                if (storedQuotes.Add(Identity(model.Key, quote)))
                    newPoints.Add(CatalogBson.PricePoint(model.Key, quote, observedAt));
            }
        }
        if (newPoints.Count > 0)
            Points.Insert(newPoints);

        int policiesAdded = 0, policiesUpdated = 0;
        foreach (var policy in catalog.Policies)
        {
            var doc = CatalogBson.Policy(policy);
            var stored = Policies.FindById(doc["_id"]);
            if (stored is null)
            {
                Policies.Insert(doc);
                policiesAdded++;
            }
            else if (CatalogBson.Policy(stored) != policy)
            {
                Policies.Update(doc);
                policiesUpdated++;
            }
        }

        return new CatalogSaveResult(modelsAdded, modelsUpdated, newPoints.Count, policiesAdded, policiesUpdated);
    }

    /// <summary>The stored model's descriptive fields updated from the catalog's (quotes are not part of it).</summary>
    private static CatalogModel Merge(CatalogModel stored, CatalogModel incoming) => stored with
    {
        DisplayName = incoming.DisplayName,
        OpenWeights = incoming.OpenWeights,
        ContextWindow = incoming.ContextWindow ?? stored.ContextWindow,
        TokenizerFamily = incoming.TokenizerFamily ?? stored.TokenizerFamily,
        Supersedes = incoming.Supersedes ?? stored.Supersedes,
    };

    private static bool SameDescription(CatalogModel a, CatalogModel b) =>
        a.Key == b.Key && a.DisplayName == b.DisplayName && a.OpenWeights == b.OpenWeights
        && a.ContextWindow == b.ContextWindow && a.TokenizerFamily == b.TokenizerFamily && a.Supersedes == b.Supersedes;

    /// <summary>What makes a quote "already stored". The value compares as a number: 1.1 matches a stored 1.10.</summary>
    private static (ModelKey, PriceField, DateOnly, decimal, string, DateCertainty) Identity(ModelKey model, PriceQuote quote) =>
        (model, quote.Field, quote.EffectiveFrom, quote.UsdPerMillion, quote.Source.Key, quote.Certainty);

    /// <summary>For each field and day the last stored point, kept in stored order.</summary>
    private static IReadOnlyList<PriceQuote> CurrentRevisions(IEnumerable<StoredPricePoint> points)
    {
        var ordered = points.OrderBy(p => p.Sequence).ToList();
        var last = ordered.GroupBy(p => (p.Quote.Field, p.Quote.EffectiveFrom)).Select(g => g.Last().Sequence).ToHashSet();
        return ordered.Where(p => last.Contains(p.Sequence)).Select(p => p.Quote).ToList();
    }
}
