using System.IO.Compression;
using System.Text;
using System.Text.Json;
using SignalDashboard.Core.Catalog.Import;
using CatalogNode = SignalDashboard.Core.Json.JsonFileNode<SignalDashboard.Core.Catalog.Import.CatalogImportException>;

namespace SignalDashboard.Core.Catalog.History;

/// <summary>
/// Reads the bundled genai-prices history (<see cref="GenaiPricesHistoryWriter"/>'s JSON, gzipped or not). Pure: the
/// caller reads the file and passes its bytes and its path. The bundled file is ours, so anything wrong is one
/// <see cref="CatalogImportException"/> naming the file, the place (a JSON path, a line and position of the JSON —
/// after decompression for a .gz — or a compressed byte) and the reason; nothing is returned then.
/// </summary>
/// <remarks>
/// Prices are read by <see cref="GenaiPricesReader"/>'s own code, so the dataset and a genai-prices file are read the
/// same way. Checked beyond the shape: the format and its version, days that increase, versions whose days are
/// as-of days and follow each other, and each model listed once.
/// </remarks>
public static class GenaiPricesHistoryReader
{
    /// <summary>The first two bytes of a gzip file.</summary>
    private static ReadOnlySpan<byte> GzipMagic => [0x1f, 0x8b];

    public static GenaiPricesHistory Read(byte[] content, string origin)
    {
        ArgumentNullException.ThrowIfNull(content);
        var json = content.AsSpan().StartsWith(GzipMagic) ? Gunzip(content, origin) : content;
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(json);
        }
        catch (DecoderFallbackException e)
        {
            throw new CatalogImportException(origin, $"byte {e.Index}", "not UTF-8 text (a damaged file?)");
        }
        using var document = CatalogJson.Parse(text, origin);
        return Read(CatalogNode.Root(origin, document.RootElement));
    }

    private static byte[] Gunzip(byte[] content, string origin)
    {
        using var compressed = new MemoryStream(content, writable: false);
        using var output = new MemoryStream(content.Length * 10);
        try
        {
            using var gzip = new GZipStream(compressed, CompressionMode.Decompress, leaveOpen: true);
            gzip.CopyTo(output);
        }
        catch (InvalidDataException e)
        {
            throw new CatalogImportException(origin, $"compressed byte {compressed.Position} of {content.Length}", $"damaged gzip data ({e.Message.TrimEnd('.')})");
        }
        return output.ToArray();
    }

    internal static GenaiPricesHistory Read(CatalogNode root)
    {
        root.Object();
        var format = root.Required("format");
        if (format.String() != GenaiPricesHistoryWriter.Format)
            throw format.Error($"expected \"{GenaiPricesHistoryWriter.Format}\", found {format.Describe()}: not a genai-prices history");
        var version = root.Required("version");
        if (version.Number() is var v && v != GenaiPricesHistoryWriter.Version)
            throw version.Error(v > GenaiPricesHistoryWriter.Version
                ? $"version {version.Element.GetRawText()} was written by a newer sigdash (this one reads version {GenaiPricesHistoryWriter.Version})"
                : $"expected version {GenaiPricesHistoryWriter.Version}, found {version.Describe()}");
        var source = root.Required("source");
        if (source.String() != GenaiPricesReader.SourceName)
            throw source.Error($"expected \"{GenaiPricesReader.SourceName}\", found {source.Describe()}");

        var days = ReadDays(root.Required("days"));
        var known = days.Select(d => d.Day).ToHashSet();
        var skipped = root.Optional("skipped") is { } list ? list.Items().Select(ReadSkip).ToList() : [];
        var models = new List<GenaiModelHistory>();
        var seen = new HashSet<(string, string)>();
        foreach (var model in root.Required("models").Items())
        {
            model.Object();
            var provider = model.Required("provider").NonEmptyString();
            var id = model.Required("model").NonEmptyString();
            if (!seen.Add((provider, id)))
                throw model.Error($"{provider} {id} is listed twice");
            models.Add(new GenaiModelHistory(provider, id, ReadVersions(model.Required("versions"), known)));
        }
        return new GenaiPricesHistory(days, models, skipped);
    }

    private static List<GenaiHistoryDay> ReadDays(CatalogNode list)
    {
        var days = new List<GenaiHistoryDay>();
        foreach (var item in list.Items())
        {
            item.Object();
            var day = item.Required("day");
            var date = day.Date();
            if (days.Count > 0 && date <= days[^1].Day)
                throw day.Error($"as-of days must increase: {date:yyyy-MM-dd} comes after {days[^1].Day:yyyy-MM-dd}");
            days.Add(new GenaiHistoryDay(date, item.Required("commit").NonEmptyString(), item.Required("file").NonEmptyString()));
        }
        return days;
    }

    private static List<GenaiModelVersion> ReadVersions(CatalogNode list, HashSet<DateOnly> known)
    {
        var versions = new List<GenaiModelVersion>();
        foreach (var item in list.Items())
        {
            item.Object();
            var from = AsOfDay(item.Required("from"), known);
            var toNode = item.Required("to");
            var to = AsOfDay(toNode, known);
            if (to < from)
                throw toNode.Error($"{to:yyyy-MM-dd} is before from ({from:yyyy-MM-dd})");
            if (versions.Count > 0 && from <= versions[^1].To)
                throw item.Required("from").Error($"{from:yyyy-MM-dd} is not after the previous version's last day ({versions[^1].To:yyyy-MM-dd})");
            versions.Add(new GenaiModelVersion(
                from,
                to,
                item.Optional("name")?.String(),
                item.Optional("context_window")?.ContextWindow(),
                GenaiPricesReader.ReadSchedule(item.Required("prices"))));
        }
        if (versions.Count == 0)
            throw list.Error("a model with no version");
        return versions;
    }

    private static DateOnly AsOfDay(CatalogNode node, HashSet<DateOnly> known)
    {
        var day = node.Date();
        return known.Contains(day) ? day : throw node.Error($"{day:yyyy-MM-dd} is not one of the as-of days");
    }

    private static GenaiHistorySkip ReadSkip(CatalogNode item)
    {
        item.Object();
        return new GenaiHistorySkip(item.Required("day").Date(), new SkippedEntry(
            item.Required("origin").String(),
            item.Required("entry").String(),
            item.Optional("provider")?.String(),
            item.Optional("model")?.String(),
            item.Required("position").String(),
            item.Required("reason").String()));
    }
}
