using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace SignalDashboard.Core.Usage;

/// <summary>One dataset of the exports catalog (<c>index.json</c>).</summary>
public sealed record ExportDataset(string Id, DateOnly LatestSnapshotDate);

/// <summary>One file a manifest names: its size in bytes and its SHA-256 (64 lower-case hex digits).</summary>
public sealed record ExportFile(string Url, long Bytes, string Sha256);

/// <summary>A dated snapshot's manifest: which dataset and day, how many rows, and the checksums of its files.</summary>
public sealed record ExportManifest(string Dataset, DateOnly SnapshotDate, long RowCount, ExportFile Csv);

/// <summary>
/// Pure readers of OpenRouter's public dataset exports (<c>https://openrouter.ai/api/v1/datasets/exports/</c>, CC BY
/// 4.0, no key). Their README: one snapshot per UTC day; dated files
/// (<c>&lt;dataset&gt;/&lt;YYYY-MM-DD&gt;.csv|.json|.manifest.json</c>) are immutable once written; the <c>latest.*</c>
/// aliases move independently and may briefly mix dates, so "a reproducible pipeline reads latest.manifest.json (or
/// index.json), downloads the dated files it names, and verifies their checksums" — which is what sigdash does.
/// <para>Shapes, as published (schema version v1):</para>
/// <list type="bullet">
/// <item><c>index.json</c>: <c>{schema_version, updated_at, …, datasets: [{id, title, latest_snapshot_date, latest_manifest_url}]}</c>;
/// it names no dated files: their URLs are built from the date.</item>
/// <item>a manifest: <c>{dataset, schema_version, snapshot_date, retrieved_at, row_count, …, files: {csv: {url,
/// encoding_format, bytes, sha256}, json: {…}}, latest: {…}}</c>.</item>
/// <item><c>rankings-daily</c> CSV: <c>date,model_permaslug,rank,total_tokens,share_of_daily_tokens</c> (CRLF, no
/// quoting); a snapshot holds a trailing window of days (30), the top 50 models per day plus one <c>other</c> row
/// (empty rank) summing every model outside them. Token totals are prompt + completion.</item>
/// </list>
/// Every error names the file and the JSON path or line (<see cref="UsageFormatException"/>).
/// </summary>
public static class OpenRouterExports
{
    /// <summary>The dataset of daily token totals per model.</summary>
    public const string RankingsDaily = "rankings-daily";

    /// <summary>The schema version these readers know; a file of another is refused, not guessed at.</summary>
    public const string SchemaVersion = "v1";

    /// <summary>The model slug OpenRouter reserves for the sum of the models outside the day's top 50.</summary>
    public const string OtherSlug = "other";

    /// <summary>The file names of one dated snapshot.</summary>
    public static string CsvFile(DateOnly day) => Day(day) + ".csv";

    public static string ManifestFile(DateOnly day) => Day(day) + ".manifest.json";

    /// <exception cref="UsageFormatException">Not the catalog's shape, or another schema version.</exception>
    public static IReadOnlyList<ExportDataset> ReadIndex(string json, string origin)
    {
        using var doc = Parse(json, origin);
        var root = doc.RootElement;
        CheckSchema(root, origin);
        var datasets = new List<ExportDataset>();
        var items = Property(root, "datasets", "$", origin, JsonValueKind.Array).EnumerateArray().ToList();
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"$.datasets[{i}]";
            datasets.Add(new ExportDataset(
                Text(items[i], "id", path, origin),
                DateOf(Text(items[i], "latest_snapshot_date", path, origin), $"{path}.latest_snapshot_date", origin)));
        }
        return datasets;
    }

    /// <exception cref="UsageFormatException">Not a manifest's shape, another schema version, or no CSV file with its size and SHA-256.</exception>
    public static ExportManifest ReadManifest(string json, string origin)
    {
        using var doc = Parse(json, origin);
        var root = doc.RootElement;
        CheckSchema(root, origin);
        var csv = Property(Property(root, "files", "$", origin, JsonValueKind.Object), "csv", "$.files", origin, JsonValueKind.Object);
        var bytes = Property(csv, "bytes", "$.files.csv", origin, JsonValueKind.Number);
        if (!bytes.TryGetInt64(out var size) || size < 0)
            throw new UsageFormatException(origin, null, $"$.files.csv.bytes: expected a whole non-negative number, found {bytes.GetRawText()}");
        var sha = Text(csv, "sha256", "$.files.csv", origin);
        if (sha.Length != 64 || !sha.All(char.IsAsciiHexDigit))
            throw new UsageFormatException(origin, null, $"$.files.csv.sha256: expected 64 hex digits, found \"{sha}\"");
        var rows = Property(root, "row_count", "$", origin, JsonValueKind.Number);
        return new ExportManifest(
            Text(root, "dataset", "$", origin),
            DateOf(Text(root, "snapshot_date", "$", origin), "$.snapshot_date", origin),
            rows.TryGetInt64(out var count) && count >= 0 ? count : throw new UsageFormatException(origin, null, $"$.row_count: expected a whole non-negative number, found {rows.GetRawText()}"),
            new ExportFile(Text(csv, "url", "$.files.csv", origin), size, sha.ToLowerInvariant()));
    }

    /// <summary>Why <paramref name="body"/> is not the file <paramref name="expected"/> describes, or null when it is (size and SHA-256).</summary>
    public static string? ChecksumMismatch(ReadOnlySpan<byte> body, ExportFile expected)
    {
        var actual = Convert.ToHexStringLower(SHA256.HashData(body));
        if (actual != expected.Sha256)
            return $"its SHA-256 {actual} does not match the manifest's {expected.Sha256}";
        return body.Length != expected.Bytes ? $"it has {body.Length} bytes, the manifest says {expected.Bytes}" : null;
    }

    /// <summary>
    /// The rows of a <c>rankings-daily</c> CSV as usage records of source <c>openrouter</c>: each model's total as
    /// input tokens (only a total is published), the <c>other</c> row as the aggregate <see cref="UsageRecord.OtherModels"/>.
    /// </summary>
    /// <param name="expectedRows">The manifest's <c>row_count</c>, checked when given.</param>
    /// <exception cref="UsageFormatException">A missing column or a bad row, with its line.</exception>
    public static IReadOnlyList<UsageRecord> ReadRankingsCsv(string text, string origin, long? expectedRows = null)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var headerIndex = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (headerIndex < 0) throw new UsageFormatException(origin, null, "the file is empty");
        var header = UsageCsvReader.SplitRow(lines[headerIndex].TrimStart('\uFEFF'), origin, headerIndex + 1)
            .Select(h => h.Trim().ToLowerInvariant()).ToList();
        string[] required = ["date", "model_permaslug", "total_tokens"];
        foreach (var column in required)
        {
            if (!header.Contains(column))
                throw new UsageFormatException(origin, headerIndex + 1, $"missing column \"{column}\" (expected {string.Join(", ", required)})");
        }
        int date = header.IndexOf("date"), slug = header.IndexOf("model_permaslug"), total = header.IndexOf("total_tokens");

        var records = new List<UsageRecord>();
        var seen = new HashSet<(DateOnly, string)>();
        for (var i = headerIndex + 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0) continue;
            var line = i + 1;
            var cells = UsageCsvReader.SplitRow(lines[i], origin, line);
            if (cells.Count != header.Count)
                throw new UsageFormatException(origin, line, $"expected {header.Count} cells, found {cells.Count}");
            var day = DateOf(cells[date].Trim(), null, origin, line);
            var model = cells[slug].Trim();
            if (model.Length == 0) throw new UsageFormatException(origin, line, "model_permaslug is empty");
            if (model == OtherSlug) model = UsageRecord.OtherModels;
            var totalText = cells[total].Trim();
            if (!long.TryParse(totalText, NumberStyles.None, CultureInfo.InvariantCulture, out var tokens))
                throw new UsageFormatException(origin, line, $"total_tokens: expected a whole non-negative number, found \"{totalText}\"");
            if (!seen.Add((day, model)))
                throw new UsageFormatException(origin, line, $"{cells[slug].Trim()} on {Day(day)} appears twice");
            records.Add(new UsageRecord(UsageSources.OpenRouter, model, day, tokens, 0, 0, 0));
        }
        if (expectedRows is { } rows && rows != records.Count)
            throw new UsageFormatException(origin, null, $"{records.Count} rows, the manifest says {rows}");
        return records;
    }

    private static void CheckSchema(JsonElement root, string origin)
    {
        if (root.ValueKind != JsonValueKind.Object)
            throw new UsageFormatException(origin, null, $"$: expected an object, found {root.ValueKind.ToString().ToLowerInvariant()}");
        var version = Text(root, "schema_version", "$", origin);
        if (version != SchemaVersion)
            throw new UsageFormatException(origin, null, $"$.schema_version: \"{version}\" is not the schema sigdash reads ({SchemaVersion})");
    }

    private static JsonDocument Parse(string json, string origin)
    {
        try { return JsonDocument.Parse(json); }
        catch (JsonException e) { throw new UsageFormatException(origin, null, $"not JSON: {e.Message}"); }
    }

    private static JsonElement Property(JsonElement parent, string name, string path, string origin, JsonValueKind kind) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == kind
            ? value
            : throw new UsageFormatException(origin, null, $"{path}.{name}: expected {Article(kind)}, found {Found(parent, name)}");

    private static string Text(JsonElement parent, string name, string path, string origin) =>
        Property(parent, name, path, origin, JsonValueKind.String).GetString() is { Length: > 0 } text
            ? text
            : throw new UsageFormatException(origin, null, $"{path}.{name}: must not be empty");

    private static DateOnly DateOf(string text, string? path, string origin, int? line = null) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new UsageFormatException(origin, line, $"{path ?? "date"}: expected YYYY-MM-DD, found \"{text}\"");

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Article(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.Number => "a number",
        _ => "a string",
    };

    private static string Found(JsonElement parent, string name) =>
        parent.ValueKind != JsonValueKind.Object ? parent.ValueKind.ToString().ToLowerInvariant()
        : !parent.TryGetProperty(name, out var value) ? "nothing"
        : value.ValueKind switch
        {
            JsonValueKind.String => $"\"{value.GetString()}\"",
            JsonValueKind.Number => value.GetRawText(),
            _ => value.ValueKind.ToString().ToLowerInvariant(),
        };
}
