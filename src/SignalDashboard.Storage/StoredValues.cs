using System.Globalization;
using LiteDB;

namespace SignalDashboard.Storage;

/// <summary>
/// Days and times as the snapshot, event and annotation documents keep them: a day is a <c>yyyy-MM-dd</c> string
/// (sorts and compares as a date, so an index on it answers "since"), a time is a UTC BSON date (milliseconds).
/// </summary>
internal static class StoredValues
{
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly Day(BsonValue value) =>
        value.IsString && DateOnly.TryParseExact(value.AsString, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw Damaged("day", value);

    public static BsonValue Time(DateTimeOffset time) => CatalogBson.ToStoredPrecision(time).UtcDateTime;

    public static DateTimeOffset Time(BsonValue value)
    {
        if (!value.IsDateTime) throw Damaged("time", value);
        // The store's UTC_DATE pragma makes LiteDB return UTC; without it LiteDB converts to local time.
        var raw = value.AsDateTime;
        var utc = raw.Kind == DateTimeKind.Local ? raw.ToUniversalTime() : DateTime.SpecifyKind(raw, DateTimeKind.Utc);
        return new DateTimeOffset(utc);
    }

    public static BsonValue Text(string? text) => text is null ? BsonValue.Null : text;

    public static string? Text(BsonValue value) => value.IsNull ? null : value.IsString ? value.AsString : throw Damaged("text", value);

    public static BsonValue Money(decimal? value) => value is { } v ? v : BsonValue.Null;

    public static decimal? Money(BsonValue value) => value.IsNull ? null : value.IsDecimal ? value.AsDecimal : throw Damaged("price", value);

    public static InvalidDataException Damaged(string what, BsonValue value) =>
        new($"a stored {what} is not one this sigdash knows: {value}");
}
