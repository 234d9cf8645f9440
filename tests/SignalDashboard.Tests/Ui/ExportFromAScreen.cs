using System.Text;
using System.Text.Json;
using SignalDashboard.Tests.Cli;
using Terminal.Gui.Input;

namespace SignalDashboard.Tests.Ui;

/// <summary>e / E write the table on screen, as shown, to the export folder; the path is in the status bar.</summary>
[Collection(TerminalGuiCollection.Name)]
public sealed class ExportFromAScreen
{
    [Fact]
    public void E_on_markets_writes_the_assets_table_as_csv_with_demo_rows()
    {
        using var t = new DashboardHarness(160, 40);
        t.Press(']');

        t.Press(Key.E);

        var file = Assert.Single(Directory.GetFiles(t.ExportFolder));
        Assert.Equal("markets-20261127-120000.csv", Path.GetFileName(file));
        Assert.Contains(file, t.Lines[^2]);
        var bytes = File.ReadAllBytes(file);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var records = Rfc4180.Parse(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(t.MarketsScreen.Table.Table!.ColumnNames, records[0]);
        Assert.Equal(["Symbol", "Name", "Data"], records[0][..3]);
        var change = records[0].IndexOf("24h Δ");
        Assert.Equal(t.MarketsScreen.State.Entries.Select(e => e.Asset.Symbol), records.Skip(1).Select(r => r[0]));
        Assert.All(records.Skip(1), r => Assert.Equal("DEMO", r[2]));
        Assert.Contains(records.Skip(1), r => r[change].StartsWith("'-", StringComparison.Ordinal)); // "-2.5%" is text: neutralized
    }

    [Fact]
    public void Shift_e_on_the_catalog_writes_json_of_the_rows_as_filtered()
    {
        using var t = new DashboardHarness(120, 40);
        t.Press('/').Type("opus").Press(Key.Enter);

        t.Press(Key.E.WithShift);

        var root = JsonDocument.Parse(File.ReadAllText(Assert.Single(Directory.GetFiles(t.ExportFolder)))).RootElement;
        Assert.Equal("sigdash.table", root.GetProperty("schema").GetString());
        Assert.Equal("Catalog", root.GetProperty("screen").GetString());
        Assert.False(root.GetProperty("demo").GetBoolean());
        var rows = root.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(t.CatalogScreen.State.Visible.Count, rows.Count);
        Assert.All(rows, r => Assert.Contains("Opus", r[1].GetString()));
    }

    [Fact]
    public void Two_exports_in_one_second_keep_both_files()
    {
        using var t = new DashboardHarness(120, 40);
        t.Press(Key.E).Press(Key.E);
        Assert.Equal(2, Directory.GetFiles(t.ExportFolder).Length);
    }
}
