using System.Globalization;
using LiteDB;
using SignalDashboard.Core.Catalog;

namespace SignalDashboard.Storage;

/// <summary>
/// Maps the catalog to documents and back, by hand so that every stored type is deliberate: money is a BSON
/// decimal (LiteDB keeps the .NET decimal's 16 bytes, scale included, so 1.10 comes back as 1.10), days are
/// <c>yyyy-MM-dd</c> strings, observed-at is a UTC date (BSON dates keep milliseconds only).
/// </summary>
internal static class CatalogBson
{
    public static string KeyText(ModelKey key) => key.ToString();

    public static BsonDocument Model(CatalogModel model) => new()
    {
        ["_id"] = KeyText(model.Key),
        ["provider"] = model.Provider,
        ["id"] = model.Id,
        ["name"] = model.DisplayName,
        ["openWeights"] = model.OpenWeights,
        ["contextWindow"] = model.ContextWindow is { } context ? context : BsonValue.Null,
        ["tokenizer"] = model.TokenizerFamily is { } tokenizer ? tokenizer : BsonValue.Null,
        ["supersedes"] = model.Supersedes is { } previous ? Key(previous) : BsonValue.Null,
    };

    /// <summary>The model's descriptive fields (not its quotes) from a stored document.</summary>
    public static CatalogModel Model(BsonDocument doc, IReadOnlyList<PriceQuote> quotes) => new(
        new ModelKey(doc["provider"].AsString, doc["id"].AsString),
        doc["name"].AsString,
        doc["openWeights"].AsBoolean,
        doc["contextWindow"].IsNull ? null : doc["contextWindow"].AsInt32,
        doc["tokenizer"].IsNull ? null : doc["tokenizer"].AsString,
        doc["supersedes"].IsNull ? null : Key(doc["supersedes"].AsDocument),
        quotes);

    public static BsonDocument PricePoint(ModelKey model, PriceQuote quote, DateTimeOffset observedAt) => new()
    {
        ["key"] = KeyText(model),
        ["provider"] = model.Provider,
        ["model"] = model.Model,
        ["field"] = quote.Field.Key(),
        ["value"] = quote.UsdPerMillion,
        ["from"] = Day(quote.EffectiveFrom),
        ["certainty"] = quote.Certainty.ToString().ToLowerInvariant(),
        ["sourceKey"] = quote.Source.Key,
        ["sourceName"] = quote.Source.Name,
        ["sourceUrl"] = quote.Source.Url is { } url ? url : BsonValue.Null,
        ["observedAt"] = observedAt.UtcDateTime,
    };

    public static StoredPricePoint PricePoint(BsonDocument doc)
    {
        var field = PriceFields.TryParse(doc["field"].AsString, out var f) ? f : throw Damaged("price field", doc["field"]);
        var certainty = Enum.TryParse<DateCertainty>(doc["certainty"].AsString, ignoreCase: true, out var c) ? c : throw Damaged("date certainty", doc["certainty"]);
        var quote = new PriceQuote(
            field,
            doc["value"].AsDecimal,
            ParseDay(doc["from"].AsString),
            Source(doc, "source"),
            certainty);
        // The store's UTC_DATE pragma makes LiteDB return UTC; without it LiteDB converts to local time.
        var raw = doc["observedAt"].AsDateTime;
        var observed = raw.Kind == DateTimeKind.Local ? raw.ToUniversalTime() : DateTime.SpecifyKind(raw, DateTimeKind.Utc);
        return new StoredPricePoint(doc["_id"].AsInt64, new ModelKey(doc["provider"].AsString, doc["model"].AsString), quote, new DateTimeOffset(observed));
    }

    public static BsonDocument Policy(DiscountPolicy policy) => new()
    {
        ["_id"] = policy.Provider.ToLowerInvariant(),
        ["provider"] = policy.Provider,
        ["batchDiscount"] = policy.BatchDiscount is { } batch ? batch : BsonValue.Null,
        ["cacheReadShareOfInput"] = policy.CacheReadShareOfInput is { } share ? share : BsonValue.Null,
        ["sourceKey"] = policy.Source.Key,
        ["sourceName"] = policy.Source.Name,
        ["sourceUrl"] = policy.Source.Url is { } url ? url : BsonValue.Null,
    };

    public static DiscountPolicy Policy(BsonDocument doc) => new(
        doc["provider"].AsString,
        doc["batchDiscount"].IsNull ? null : doc["batchDiscount"].AsDecimal,
        doc["cacheReadShareOfInput"].IsNull ? null : doc["cacheReadShareOfInput"].AsDecimal,
        Source(doc, "source"));

    /// <summary>Truncates to what a BSON date keeps, so that a stamp reads back equal.</summary>
    public static DateTimeOffset ToStoredPrecision(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
    }

    private static BsonDocument Key(ModelKey key) => new() { ["provider"] = key.Provider, ["id"] = key.Model };

    private static ModelKey Key(BsonDocument doc) => new(doc["provider"].AsString, doc["id"].AsString);

    private static PriceSource Source(BsonDocument doc, string prefix) => new(
        doc[prefix + "Key"].AsString,
        doc[prefix + "Name"].AsString,
        doc[prefix + "Url"].IsNull ? null : doc[prefix + "Url"].AsString);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly ParseDay(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw Damaged("day", text);

    private static InvalidDataException Damaged(string what, BsonValue value) =>
        new($"a stored {what} is not one this sigdash knows: {value}");
}
