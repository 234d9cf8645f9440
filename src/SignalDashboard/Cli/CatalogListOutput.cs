using System.Globalization;
using System.Text;
using System.Text.Json;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Events;
using SignalDashboard.Core.Catalog.Import;
using SignalDashboard.Presentation;
using SignalDashboard.Composition;
using SignalDashboard.Core.Json;

namespace SignalDashboard.Cli;

/// <summary>
/// Writes catalog rows as a table, JSON or CSV. The JSON keys are a scripting contract (README, section CLI):
/// prices are numbers in USD per 1M tokens or null, <c>derived</c> lists the fields derived by discount policy,
/// <c>history</c> is the quoted price path along the model's lineage.
/// </summary>
public static class CatalogListOutput
{
    private static readonly PriceField[] Columns =
        [PriceField.Input, PriceField.Output, PriceField.CachedInput, PriceField.CacheWrite, PriceField.BatchInput, PriceField.BatchOutput];

    public static string Table(IReadOnlyList<CatalogRow> rows)
    {
        string[] headers = ["PROVIDER", "MODEL", "TIER", "INPUT", "OUTPUT", "CACHED", "BATCH IN", "BATCH OUT", "CONTEXT", "TOKENIZER", "LAST Δ", "SOURCES"];
        var cells = rows.Select(r => (IReadOnlyList<string>)
        [
            r.Provider, r.Name, r.Tier.ToString(),
            Price(r, PriceField.Input), Price(r, PriceField.Output), Price(r, PriceField.CachedInput),
            Price(r, PriceField.BatchInput), Price(r, PriceField.BatchOutput),
            PriceFormat.Tokens(r.Model.ContextWindow), r.Model.TokenizerFamily ?? PriceFormat.Missing,
            PriceFormat.Percent(r.LastChange?.ChangePercent),
            r.SourcesSummary,
        ]).ToList();
        var table = TextTable.Render(headers, cells, new HashSet<int> { 3, 4, 5, 6, 7, 8, 10 });
        return rows.Any(r => Columns.Any(f => r[f]?.IsDerived == true))
            ? table + "* derived from the provider's discount policy\n"
            : table;
    }

    /// <summary>A price cell; derived prices carry a trailing asterisk.</summary>
    public static string Price(CatalogRow row, PriceField field) => PriceFormat.Effective(row[field]);

    public static string Csv(IReadOnlyList<CatalogRow> rows)
    {
        var builder = new StringBuilder();
        builder.Append(CsvText.Row(["provider", "model", "name", "tier", .. Columns.Select(f => (CsvCell)f.Key()), "derived", "context_window", "tokenizer", "last_change_percent"]));
        foreach (var row in rows)
        {
            builder.Append(CsvText.Row([
                row.Provider, row.Id, row.Name, row.Tier.ToString(),
                .. Columns.Select(f => Number(row[f]?.UsdPerMillion)),
                string.Join(' ', Derived(row)),
                Number(row.Model.ContextWindow), row.Model.TokenizerFamily,
                Number(row.LastChange?.ChangePercent is { } p ? Math.Round(p, 2) : null),
            ]));
        }
        return builder.ToString();
    }

    public static string Json(IReadOnlyList<CatalogRow> rows, ModelCatalog catalog)
    {
        return JsonOutput.Write(json =>
        {
            json.WriteStartArray();
            foreach (var row in rows) WriteRow(json, row, catalog);
            json.WriteEndArray();
        });
    }

    private static void WriteRow(Utf8JsonWriter json, CatalogRow row, ModelCatalog catalog)
    {
        json.WriteStartObject();
        json.WriteString("provider", row.Provider);
        json.WriteString("model", row.Id);
        json.WriteString("name", row.Name);
        json.WriteString("tier", row.Tier.ToString());
        json.WriteBoolean("curated", row.IsCurated);
        json.WriteBoolean("open_weights", row.Model.OpenWeights);
        WriteNumber(json, "context_window", row.Model.ContextWindow);
        json.WriteString("tokenizer", row.Model.TokenizerFamily);
        foreach (var field in Columns) WriteNumber(json, field.Key(), row[field]?.UsdPerMillion);
        json.WriteStartArray("derived");
        foreach (var key in Derived(row)) json.WriteStringValue(key);
        json.WriteEndArray();
        json.WriteStartObject("sources");
        foreach (var field in Columns)
        {
            if (row[field] is { } price) json.WriteString(field.Key(), price.Source.Name);
        }
        json.WriteEndObject();
        json.WriteString("supersedes", row.Model.Supersedes?.ToString());

        if (row.LastChange is { } change)
        {
            json.WritePropertyName("last_change");
            WriteChange(json, change);
        }
        else
        {
            json.WriteNull("last_change");
        }

        json.WriteStartArray("history");
        foreach (var field in ModelCatalog.TrackedFields)
        {
            foreach (var step in catalog.PricePath(row.Model, field))
            {
                json.WriteStartObject();
                json.WriteString("field", field.Key());
                json.WriteString("from", step.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteNumber("usd_per_mtok", DecimalText.Normalize(step.UsdPerMillion));
                json.WriteString("model", step.Model.ToString());
                json.WriteEndObject();
            }
        }
        json.WriteEndArray();

        // what the imported sources (catalog import / sync) list for this model, and where they disagree
        json.WriteStartArray("listings");
        foreach (var listing in row.Listings)
        {
            json.WriteStartObject();
            json.WriteString("source", listing.Source);
            json.WriteString("as_of", listing.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("provider", listing.Provider);
            json.WriteString("model", listing.Model);
            foreach (var field in SourceSnapshot.ComparedFields) WriteNumber(json, DiffKeys.Field(field), listing[field]);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("disagreements");
        foreach (var field in row.Disagreements) json.WriteStringValue(DiffKeys.Field(field));
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteChange(Utf8JsonWriter json, PriceChange change)
    {
        json.WriteStartObject();
        json.WriteString("field", change.Field.Key());
        json.WriteString("day", change.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("from_model", change.From.ToString());
        json.WriteNumber("old", DecimalText.Normalize(change.Old));
        json.WriteNumber("new", DecimalText.Normalize(change.New));
        WriteNumber(json, "change_percent", change.ChangePercent is { } p ? Math.Round(p, 2) : null);
        json.WriteEndObject();
    }

    private static IEnumerable<string> Derived(CatalogRow row) =>
        Columns.Where(f => row[f]?.IsDerived == true).Select(f => f.Key());

    private static void WriteNumber(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v) json.WriteNumber(name, DecimalText.Normalize(v));
        else json.WriteNull(name);
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v) json.WriteNumber(name, v);
        else json.WriteNull(name);
    }

    private static CsvCell Number(decimal? value) =>
        new(value is { } v ? DecimalText.Normalize(v).ToString(CultureInfo.InvariantCulture) : "", IsNumber: true);

    private static CsvCell Number(int? value) =>
        new(value?.ToString(CultureInfo.InvariantCulture) ?? "", IsNumber: true);
}
