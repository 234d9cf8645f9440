using System.Text.Json;
using SignalDashboard.Cli;
using SignalDashboard.Tests.Cli;

namespace SignalDashboard.Tests.Watchlists;

/// <summary>Unknown items are reported by line; without --skip-unknown the import changes nothing.</summary>
public sealed class ImportUnknownTests : IDisposable
{
    private readonly TestCli _cli = new();

    public void Dispose() => _cli.Dispose();

    private const string Csv =
        "watchlist,kind,item,name,data,price,change_24h,change_7d,input_per_1m,output_per_1m,last_event\r\n" +
        "Main,asset,NVDA,,,,,,,,\r\n" +
        "Main,model,acme/nothing,\"two\r\nlines\",,,,,,,\r\n" +
        "Main,asset,ZZZZ,,,,,,,,\r\n" +
        "Main,model,openai/gpt-4o-mini,,,,,,,,\r\n";

    private string ListsJson() => _cli.Run("watchlist", "list", "--format", "json").Out;

    [Fact]
    public void Without_consent_nothing_changes_and_each_unknown_item_is_named_by_line()
    {
        _cli.Run("watchlist", "add", "main", "AMD");
        var before = ListsJson();
        File.WriteAllText(_cli.File("in.csv"), Csv);
        var line = _cli.Run("watchlist", "import", _cli.File("in.csv")).AssertFailsWithOneLine(ExitCodes.DataError);
        Assert.Contains("2 unknown items (line 3: unknown model acme/nothing; line 5: unknown asset ZZZZ)", line);
        Assert.Contains("--skip-unknown", line);
        Assert.Equal(before, ListsJson());
    }

    [Fact]
    public void With_consent_the_known_items_replace_the_list_and_the_skipped_are_reported()
    {
        _cli.Run("watchlist", "add", "main", "AMD");
        File.WriteAllText(_cli.File("in.csv"), Csv);
        var run = _cli.Run("watchlist", "import", _cli.File("in.csv"), "--skip-unknown");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("line 3: unknown model acme/nothing, skipped", run.Error);
        Assert.Contains("line 5: unknown asset ZZZZ, skipped", run.Error);
        var list = JsonDocument.Parse(ListsJson()).RootElement.EnumerateArray().Single();
        Assert.Equal("Main", list.GetProperty("name").GetString());
        Assert.Equal(["NVDA", "openai/gpt-4o-mini"], list.GetProperty("items").EnumerateArray().Select(i => i.GetString()));
    }

    [Fact]
    public void Json_unknown_items_are_named_by_their_line()
    {
        File.WriteAllText(_cli.File("in.json"), """
            {
              "schema": "sigdash.watchlist",
              "version": 1,
              "name": "J",
              "items": [
                { "kind": "asset", "item": "NVDA" },
                { "kind": "model",
                  "item": "acme/nothing" }
              ]
            }
            """);
        var line = _cli.Run("watchlist", "import", _cli.File("in.json")).AssertFailsWithOneLine(ExitCodes.DataError);
        Assert.Contains("line 7: unknown model acme/nothing", line);
    }

    [Theory]
    [InlineData("{\"schema\": \"sigdash.watchlist\", \"version\": 2, \"name\": \"x\", \"items\": []}", "newer sigdash")]
    [InlineData("{\"schema\": \"other\"}", "not a watchlist export")]
    [InlineData("{\"schema\": ", "line 1: not valid JSON")]
    [InlineData("name,kind\r\n", "no \"watchlist\" column")]
    [InlineData("watchlist,kind,item\r\nA,asset,\"NVDA\r\n", "line 2: a quoted field is not closed")]
    [InlineData("watchlist,kind,item\r\nA,asset,NVDA\r\nB,asset,AMD\r\n", "line 3: watchlist \"B\"")]
    [InlineData("watchlist,kind,item\r\nA,model,NVDA\r\n", "line 2: \"model\" \"NVDA\" is not")]
    public void Malformed_files_name_the_line_and_change_nothing(string text, string expected)
    {
        File.WriteAllText(_cli.File("bad"), text);
        Assert.Contains(expected, _cli.Run("watchlist", "import", _cli.File("bad")).AssertFailsWithOneLine(ExitCodes.DataError));
        Assert.Equal("[]\n", ListsJson());
    }
}
