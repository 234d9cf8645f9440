using SignalDashboard.Core.Watchlists;
using SignalDashboard.Presentation;
using SignalDashboard.Presentation.Watchlists;

namespace SignalDashboard.Tests.Watchlists;

/// <summary>The file formats on their own: every text cell (names with newlines, commas, quotes, formulas) reads back as written.</summary>
public sealed class WatchlistFileRoundTripTests
{
    private static readonly string[] Hostile =
        ["=HYPERLINK(\"http://evil.example\")", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "'already quoted", "a, b", "say \"hi\"", "two\r\nlines\nand\rmore", "Ünïcødé 模型 🚀", ""];

    private static WatchRow Row(string item, string name) =>
        new(WatchItem.TryParse(item, out var i) ? i : throw new ArgumentException(item), name, "DEMO", -1.5m, null, 0m, null, null, name);

    [Fact]
    public void Csv_cells_read_back_exactly()
    {
        var rows = Hostile.Select((h, n) => Row("A" + n, h)).ToList();
        var text = WatchlistCsv.Write("=list, \"q\"", rows);
        var records = CsvRecords.Parse(text);
        Assert.Equal(rows.Count + 1, records.Count);
        for (var n = 0; n < rows.Count; n++)
        {
            Assert.Equal(Hostile[n], CsvText.Restore(records[n + 1].Fields[3]));
            Assert.Equal(Hostile[n], CsvText.Restore(records[n + 1].Fields[10]));
            Assert.Equal("-1.5", records[n + 1].Fields[5]); // numbers stay numbers
        }
        var document = WatchlistCsv.Read(text);
        Assert.Equal("=list, \"q\"", document.Name);
        Assert.Equal(rows.Select(r => r.Item.Key), document.Items.Select(i => i.Text));
        Assert.Equal(text, WatchlistCsv.Write(document.Name, rows));
    }

    [Fact]
    public void No_written_text_cell_starts_like_a_formula()
    {
        var text = WatchlistCsv.Write("=x", Hostile.Select((h, n) => Row("A" + n, h)).ToList());
        foreach (var record in CsvRecords.Parse(text))
            foreach (var cell in record.Fields.Where((_, c) => c is not (5 or 6 or 7 or 8 or 9)))
                Assert.False(cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r', cell);
    }

    [Fact]
    public void Json_reads_back_the_name_and_items()
    {
        var rows = Hostile.Select((h, n) => Row("p/m" + n, h)).ToList();
        var text = WatchlistJson.Write("=list, \"q\"\n2", rows);
        var document = WatchlistJson.Read(text);
        Assert.Equal("=list, \"q\"\n2", document.Name);
        Assert.Equal(rows.Select(r => r.Item.Key), document.Items.Select(i => i.Text));
        Assert.All(document.Items, i => Assert.Equal("model", i.Kind));
        Assert.Equal(text, WatchlistJson.Write(document.Name, rows));
    }

    [Fact]
    public void An_empty_list_keeps_its_name()
    {
        Assert.Equal("Empty, \"really\"", WatchlistCsv.Read(WatchlistCsv.Write("Empty, \"really\"", [])).Name);
        Assert.Empty(WatchlistCsv.Read(WatchlistCsv.Write("E", [])).Items);
        Assert.Empty(WatchlistJson.Read(WatchlistJson.Write("E", [])).Items);
    }

    [Fact]
    public void Lf_line_ends_and_a_bom_are_read_too()
    {
        var document = WatchlistFiles.Read("\uFEFFwatchlist,kind,item\nL,asset,NVDA\nL,model,a/b\n");
        Assert.Equal(["NVDA", "a/b"], document.Items.Select(i => i.Text));
        Assert.Equal([2, 3], document.Items.Select(i => i.Line));
    }
}
