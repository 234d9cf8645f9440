using System.Globalization;
using SignalDashboard.Core.Watchlists;
using SignalDashboard.Presentation;
using SignalDashboard.Presentation.Watchlists;
using SignalDashboard.Composition;
using SignalDashboard.Core.Json;

namespace SignalDashboard.Cli;

/// <summary><c>watchlist list</c> and <c>watchlist show</c> as tables; <c>list</c> also as JSON (<c>[{"name", "items": [...]}]</c>).</summary>
public static class WatchlistOutput
{
    public static string ListTable(IReadOnlyList<Watchlist> lists) => lists.Count == 0
        ? "no watchlists (create one: sigdash watchlist create NAME)\n"
        : TextTable.Render(["NAME", "ITEMS", ""],
            lists.Select(l => (IReadOnlyList<string>)[TerminalText.Sanitize(l.Name), l.Items.Count.ToString(CultureInfo.InvariantCulture),
                TerminalText.Sanitize(string.Join(", ", l.Items))]).ToList(), new HashSet<int> { 1 });

    // Written field by field: sigdash ships as Native AOT, where reflection-based JsonSerializer is disabled.
    public static string ListJson(IReadOnlyList<Watchlist> lists) => JsonOutput.Write(json =>
    {
        json.WriteStartArray();
        foreach (var list in lists)
        {
            json.WriteStartObject();
            json.WriteString("name", list.Name);
            json.WriteStartArray("items");
            foreach (var item in list.Items) json.WriteStringValue(item.Key);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    });

    public static string RowsTable(string name, IReadOnlyList<WatchRow> rows)
    {
        var header = $"{TerminalText.Sanitize(name)}: {rows.Count} item{(rows.Count == 1 ? "" : "s")}\n";
        if (rows.Count == 0) return header;
        var headers = WatchCells.Headers.Select(h => h.ToUpperInvariant()).ToList();
        var cells = rows.Select(r => (IReadOnlyList<string>)
        [
            .. Enumerable.Range(0, WatchCells.Headers.Count).Select(c => TerminalText.Sanitize(WatchCells.Cell(r, c))),
        ]).ToList();
        return header + TextTable.Render(headers, cells, new HashSet<int> { 3, 4, 5, 6, 7 });
    }
}
