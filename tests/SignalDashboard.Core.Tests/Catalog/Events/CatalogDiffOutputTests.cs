using System.Text.Json;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Events;

namespace SignalDashboard.Core.Tests.Catalog.Events;

public sealed class CatalogDiffOutputTests
{
    private static readonly CatalogChange[] Sample =
    [
        new("anthropic", "claude-opus-4-6", ChangeKind.Changed, PriceField.Input, 15.00m, 5.00m),
        new("anthropic", "claude-opus-4-6", ChangeKind.Changed, PriceField.CachedInput, null, 0.50m),
        new("anthropic", "claude-opus-4-6", ChangeKind.Changed, PriceField.CacheWrite, 18.75m, null),
        new("openai", "gpt-4o", ChangeKind.Removed, null, null, null),
        new("openrouter", "deepseek/deepseek-r1:free", ChangeKind.Added, null, null, null),
    ];

    [Fact]
    public void Json_is_an_array_of_objects_with_exactly_the_contract_keys_in_order()
    {
        using var document = JsonDocument.Parse(CatalogDiffJson.Write(Sample));

        Assert.Equal(JsonValueKind.Array, document.RootElement.ValueKind);
        Assert.Equal(Sample.Length, document.RootElement.GetArrayLength());
        Assert.All(document.RootElement.EnumerateArray(), item =>
            Assert.Equal(["provider", "model", "change", "field", "old", "new"], item.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(CatalogDiffJson.Keys, document.RootElement[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Json_values_names_and_nulls()
    {
        using var document = JsonDocument.Parse(CatalogDiffJson.Write(Sample));
        var items = document.RootElement.EnumerateArray().ToList();

        Assert.Equal("anthropic", items[0].GetProperty("provider").GetString());
        Assert.Equal("claude-opus-4-6", items[0].GetProperty("model").GetString());
        Assert.Equal("changed", items[0].GetProperty("change").GetString());
        Assert.Equal("input", items[0].GetProperty("field").GetString());
        Assert.Equal(15m, items[0].GetProperty("old").GetDecimal());
        Assert.Equal("cache_read", items[1].GetProperty("field").GetString());
        Assert.Equal(JsonValueKind.Null, items[1].GetProperty("old").ValueKind);
        Assert.Equal("cache_write", items[2].GetProperty("field").GetString());
        Assert.Equal(JsonValueKind.Null, items[2].GetProperty("new").ValueKind);
        Assert.Equal("removed", items[3].GetProperty("change").GetString());
        Assert.Equal("added", items[4].GetProperty("change").GetString());
        Assert.Equal("deepseek/deepseek-r1:free", items[4].GetProperty("model").GetString());
        foreach (var name in new[] { "field", "old", "new" })
            Assert.Equal(JsonValueKind.Null, items[4].GetProperty(name).ValueKind);
    }

    [Fact]
    public void Json_numbers_have_no_trailing_zeros()
    {
        var json = CatalogDiffJson.Write(Sample);

        Assert.Contains("\"old\": 15,", json);
        Assert.Contains("\"new\": 5\n", json.ReplaceLineEndings("\n"));
        Assert.Contains("\"new\": 0.5\n", json.ReplaceLineEndings("\n"));
        Assert.Contains("\"old\": 18.75,", json);
        Assert.DoesNotContain(".00", json);
    }

    [Fact]
    public void Json_of_no_changes_is_an_empty_array()
    {
        using var document = JsonDocument.Parse(CatalogDiffJson.Write([]));
        Assert.Equal(0, document.RootElement.GetArrayLength());
    }

    [Fact]
    public void Json_keeps_ids_readable_and_escapes_what_json_needs()
    {
        var json = CatalogDiffJson.Write([new CatalogChange("vertex", "claude-sonnet-4@20250514+\"x\"", ChangeKind.Added, null, null, null)]);

        Assert.Contains("claude-sonnet-4@20250514+\\\"x\\\"", json);
        using var document = JsonDocument.Parse(json);
        Assert.Equal("claude-sonnet-4@20250514+\"x\"", document.RootElement[0].GetProperty("model").GetString());
    }

    [Fact]
    public void Table_has_prices_and_signed_change_percent()
    {
        var table = CatalogDiffTable.Write(Sample).Split('\n');

        Assert.Equal(["PROVIDER", "MODEL", "CHANGE", "FIELD", "OLD", "NEW", "Δ%"], table[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["anthropic", "claude-opus-4-6", "changed", "input", "$15.00", "$5.00", "-66.7%"], Cells(table[1]));
        Assert.Equal(["anthropic", "claude-opus-4-6", "changed", "cache_read", "—", "$0.50", "—"], Cells(table[2]));
        Assert.Equal(["anthropic", "claude-opus-4-6", "changed", "cache_write", "$18.75", "—", "—"], Cells(table[3]));
        Assert.Equal(["openai", "gpt-4o", "removed"], Cells(table[4]));
        Assert.Equal("1 added, 1 removed, 3 price changes", table[6]);
    }

    [Fact]
    public void Table_columns_are_aligned()
    {
        var lines = CatalogDiffTable.Write(Sample).Split('\n').Take(4).ToList();

        var modelColumn = lines[0].IndexOf("MODEL", StringComparison.Ordinal);
        Assert.All(lines.Skip(1), l => Assert.Equal("claude-opus-4-6", l.Substring(modelColumn, "claude-opus-4-6".Length)));
        var percentEnd = lines[0].Length;
        Assert.All(lines.Skip(1), l => Assert.Equal(percentEnd, l.Length)); // Δ% is right-aligned: every row ends at the header's end
    }

    [Fact]
    public void Table_formats()
    {
        Assert.Equal("no changes\n", CatalogDiffTable.Write([]));
        Assert.Equal("+12.5%", CatalogDiffTable.Percent(12.5m));
        Assert.Equal("0.0%", CatalogDiffTable.Percent(0m));
        Assert.Equal("$0.075", CatalogDiffTable.Usd(0.075m));
        Assert.Equal("$0.0188", CatalogDiffTable.Usd(0.01875m));
        Assert.Equal("+100.0%", CatalogDiffTable.Percent(new CatalogChange("p", "m", ChangeKind.Changed, PriceField.Input, 1, 2).ChangePercent));
    }

    [Fact]
    public void Table_does_not_print_control_characters_from_ids()
    {
        var table = CatalogDiffTable.Write([new CatalogChange("p", "evil\u001b[31m\nmodel", ChangeKind.Added, null, null, null)]);

        Assert.DoesNotContain('\u001b', table);
        Assert.Equal(3, table.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Keys_of_fields_and_changes()
    {
        Assert.Equal(["input", "output", "cache_read", "cache_write"], Core.Catalog.Import.SourceSnapshot.ComparedFields.Select(DiffKeys.Field));
        Assert.True(DiffKeys.TryParseField("cache_read", out var field));
        Assert.Equal(PriceField.CachedInput, field);
        Assert.False(DiffKeys.TryParseField("cached_input", out _));
        Assert.True(DiffKeys.TryParseChange("removed", out var change));
        Assert.Equal(ChangeKind.Removed, change);
    }

    private static string[] Cells(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
