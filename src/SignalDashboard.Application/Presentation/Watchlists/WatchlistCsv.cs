using System.Globalization;
using System.Text;
using SignalDashboard.Core.Watchlists;

namespace SignalDashboard.Presentation.Watchlists;

/// <summary>
/// A watchlist as CSV (RFC 4180, UTF-8; the BOM is the writer's choice): a header of <see cref="Columns"/>, then one
/// record per item in list order. An empty list is one record with its name and empty kind and item, so the name
/// survives. Text cells are neutralized (<see cref="CsvText.Neutralize"/>) and restored on reading, numbers are
/// invariant. Import reads <c>watchlist</c>, <c>kind</c> and <c>item</c>; the other columns are the values at export
/// time, for spreadsheets (<c>data</c> is DEMO for generated market data). Documented in docs/EXPORT.md.
/// </summary>
public static class WatchlistCsv
{
    public static readonly IReadOnlyList<string> Columns =
        ["watchlist", "kind", "item", "name", "data", "price", "change_24h", "change_7d", "input_per_1m", "output_per_1m", "last_event"];

    public static string Write(string name, IReadOnlyList<WatchRow> rows)
    {
        var builder = new StringBuilder(CsvText.Row(Columns.Select(c => (CsvCell)c)));
        if (rows.Count == 0)
            builder.Append(CsvText.Row([name, "", "", "", "", Number(null), Number(null), Number(null), Number(null), Number(null), ""]));
        foreach (var r in rows)
        {
            builder.Append(CsvText.Row([
                name, r.Item.KindName, r.Item.Key, r.Name, r.Data,
                Number(r.Price), Number(r.Change24h), Number(r.Change7d), Number(r.InputPerMillion), Number(r.OutputPerMillion),
                r.LastEvent,
            ]));
        }
        return builder.ToString();
    }

    /// <exception cref="FormatException">Not a watchlist CSV, with the line and the reason.</exception>
    public static WatchlistDocument Read(string text)
    {
        var records = CsvRecords.Parse(text);
        if (records.Count == 0) throw new FormatException("line 1: the file is empty");
        var header = records[0].Fields;
        int Column(string name) => header.ToList().IndexOf(name) is var i and >= 0
            ? i
            : throw new FormatException($"line {records[0].Line}: the header has no \"{name}\" column (a watchlist CSV starts with {string.Join(',', Columns)})");
        var (listColumn, kindColumn, itemColumn) = (Column("watchlist"), Column("kind"), Column("item"));

        string? name = null;
        var items = new List<WatchlistDocumentItem>();
        foreach (var record in records.Skip(1))
        {
            if (record.Fields is [""]) continue; // a blank line
            string Cell(int column) => column < record.Fields.Count
                ? CsvText.Restore(record.Fields[column])
                : throw new FormatException($"line {record.Line}: {record.Fields.Count} fields, the header has {header.Count}");
            var list = Cell(listColumn);
            if (name is null) name = list;
            else if (list != name)
                throw new FormatException($"line {record.Line}: watchlist \"{list}\" — a file holds one watchlist (\"{name}\" above)");
            var (kind, item) = (Cell(kindColumn), Cell(itemColumn));
            if (kind == "" && item == "") continue; // the record of an empty list
            items.Add(new WatchlistDocumentItem(record.Line, kind, item));
        }
        return new WatchlistDocument(name ?? throw new FormatException($"line {records[0].Line + 1}: no records after the header (not even the list's name)"), items);
    }

    private static CsvCell Number(decimal? value) => new(value is { } v ? DecimalText.Invariant(v) : "", IsNumber: true);
}

/// <summary>A watchlist as read from a file: its name and its items as written, each with the line it is on.</summary>
public sealed record WatchlistDocument(string Name, IReadOnlyList<WatchlistDocumentItem> Items);

/// <summary>One item as written in an import file: its kind ("model" / "asset") and text, and its line.</summary>
public sealed record WatchlistDocumentItem(int Line, string Kind, string Text)
{
    public WatchItem? Parse() => WatchItem.TryParse(Kind, Text, out var item) ? item : null;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"line {Line}: {Kind} {Text}");
}
