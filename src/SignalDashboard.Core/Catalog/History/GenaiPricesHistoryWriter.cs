using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SignalDashboard.Core.Catalog.Import;

namespace SignalDashboard.Core.Catalog.History;

/// <summary>
/// Writes a <see cref="GenaiPricesHistory"/> as the bundled dataset's JSON (format: <c>feeds/catalog/history/README.md</c>):
/// one day per line, one model with all its versions per line, everything in a fixed order and every price with
/// the scale the source gave, so the same history always gives the same bytes and a new version of the history
/// differs by the lines that changed.
/// </summary>
public static class GenaiPricesHistoryWriter
{
    public const string Format = "sigdash-genai-prices-history";
    public const int Version = 1;
    public const string Upstream = "https://github.com/pydantic/genai-prices";
    public const string Licence = "MIT";

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(GenaiPricesHistory history)
    {
        var text = new StringBuilder();
        text.Append("{\"format\": ").Append(Json(w => w.WriteStringValue(Format)))
            .Append(", \"version\": ").Append(Version.ToString(CultureInfo.InvariantCulture))
            .Append(", \"source\": ").Append(Json(w => w.WriteStringValue(GenaiPricesReader.SourceName)))
            .Append(", \"upstream\": ").Append(Json(w => w.WriteStringValue(Upstream)))
            .Append(", \"licence\": ").Append(Json(w => w.WriteStringValue(Licence)))
            .Append(",\n\"days\": [");
        Lines(text, history.Days, Day);
        text.Append("],\n\"skipped\": [");
        Lines(text, history.Skipped, Skip);
        text.Append("],\n\"models\": [");
        Lines(text, history.Models, Model);
        text.Append("]}\n");
        return text.ToString();
    }

    private static void Lines<T>(StringBuilder text, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write)
    {
        for (var i = 0; i < items.Count; i++)
            text.Append('\n').Append(Json(w => write(w, items[i]))).Append(i < items.Count - 1 ? "," : "\n");
    }

    private static void Day(Utf8JsonWriter w, GenaiHistoryDay day)
    {
        w.WriteStartObject();
        w.WriteString("day", Text(day.Day));
        w.WriteString("commit", day.Commit);
        w.WriteString("file", day.File);
        w.WriteEndObject();
    }

    private static void Skip(Utf8JsonWriter w, GenaiHistorySkip skip)
    {
        w.WriteStartObject();
        w.WriteString("day", Text(skip.Day));
        w.WriteString("origin", skip.Entry.Origin);
        w.WriteString("entry", skip.Entry.Entry);
        if (skip.Entry.Provider is { } provider) w.WriteString("provider", provider);
        if (skip.Entry.Model is { } model) w.WriteString("model", model);
        w.WriteString("position", skip.Entry.Position);
        w.WriteString("reason", skip.Entry.Reason);
        w.WriteEndObject();
    }

    private static void Model(Utf8JsonWriter w, GenaiModelHistory model)
    {
        w.WriteStartObject();
        w.WriteString("provider", model.Provider);
        w.WriteString("model", model.Model);
        w.WriteStartArray("versions");
        foreach (var version in model.Versions)
        {
            w.WriteStartObject();
            w.WriteString("from", Text(version.From));
            w.WriteString("to", Text(version.To));
            if (version.Name is { } name) w.WriteString("name", name);
            if (version.ContextWindow is { } context) w.WriteNumber("context_window", context);
            w.WritePropertyName("prices");
            Schedule(w, version.Prices);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>A price schedule in genai-prices' own shape: an object, or a list of <c>{constraint?, prices}</c>.</summary>
    internal static void Schedule(Utf8JsonWriter w, GenaiPriceSchedule schedule)
    {
        if (!schedule.IsList)
        {
            Set(w, schedule.Sets[0].Prices);
            return;
        }
        w.WriteStartArray();
        foreach (var conditional in schedule.Sets)
        {
            w.WriteStartObject();
            if (conditional.Constraint is { } constraint)
            {
                w.WriteStartObject("constraint");
                foreach (var (name, json) in constraint.Members)
                {
                    w.WritePropertyName(name);
                    w.WriteRawValue(json);
                }
                w.WriteEndObject();
            }
            w.WritePropertyName("prices");
            Set(w, conditional.Prices);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Set(Utf8JsonWriter w, GenaiPriceSet set)
    {
        w.WriteStartObject();
        foreach (var (name, price) in set.Fields)
        {
            w.WritePropertyName(name);
            if (price.Tiers is not { } tiers)
            {
                Number(w, price.Base);
                continue;
            }
            w.WriteStartObject();
            w.WritePropertyName("base");
            Number(w, price.Base);
            w.WriteStartArray("tiers");
            foreach (var tier in tiers)
            {
                w.WriteStartObject();
                w.WriteNumber("start", tier.Start);
                w.WritePropertyName("price");
                Number(w, tier.Price);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    /// <summary>The decimal as written, scale included (0.30 stays 0.30): what the reader gives back bit for bit.</summary>
    private static void Number(Utf8JsonWriter w, decimal value) => w.WriteRawValue(value.ToString(CultureInfo.InvariantCulture));

    private static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
            write(writer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
