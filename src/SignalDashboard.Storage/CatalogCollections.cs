using LiteDB;

namespace SignalDashboard.Storage;

/// <summary>The catalog's collections and their indexes (docs/ARCHITECTURE.md, Glossary).</summary>
internal static class CatalogCollections
{
    /// <summary>
    /// One document per model: <c>_id</c> is the model key <c>provider/model</c> (so the primary index is the
    /// key index), then provider, id, name, open weights, context, tokenizer, supersedes.
    /// </summary>
    public const string Models = "models";

    /// <summary>
    /// One document per quoted figure, appended, never rewritten: the price history. <c>_id</c> is an Int64
    /// sequence (the order of appending); <c>key</c> is the model key, indexed.
    /// </summary>
    public const string PricePoints = "price_points";

    /// <summary>One document per provider; <c>_id</c> is the provider in lower case.</summary>
    public const string DiscountPolicies = "discount_policies";

    public static void EnsureIndexes(LiteDatabase db) => db.GetCollection(PricePoints).EnsureIndex("key");
}
