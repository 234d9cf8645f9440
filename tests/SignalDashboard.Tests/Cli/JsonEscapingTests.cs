using System.Text.Encodings.Web;
using System.Text.Json;
using SignalDashboard.TestSupport;

namespace SignalDashboard.Tests.Cli;

/// <summary>
/// Every JSON command writes the same string the same way: one writer configuration (Core.Json.JsonOutput) for all of
/// them. A string with what encoders treat differently — non-ASCII, quotes, &lt; &amp; + ' and a backslash — is put
/// where each command prints it (an annotation title, a model name and id, a usage source, a watchlist name, an
/// asset name) and must come out byte for byte the same: written as itself, escaping only what JSON requires (and
/// astral characters, which the BCL's encoders always write as surrogate escapes).
/// </summary>
public sealed class JsonEscapingTests : IDisposable
{
    private const string Tricky = "Zoë's “model” <b>&c+d \\ \"q\" 中文 😀";

    private static readonly string Encoded = JsonEncodedText.Encode(Tricky, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString();

    private readonly TestCli _cli = new();

    [Fact]
    public void The_same_string_comes_out_the_same_from_every_json_command()
    {
        Assert.Contains("Zoë's “model” <b>&c+d", Encoded); // the chosen escaping writes text as itself (astral 😀 as \u escapes)
        Assert.Contains("\\\"q\\\"", Encoded); // and escapes only what JSON requires
        Prepare();

        string[][] commands =
        [
            ["events", "list", "--format", "json"],
            ["events", "study", "--format", "json"],
            ["catalog", "list", "--format", "json"],
            ["catalog", "diff", _cli.File("old.json"), _cli.File("new.json"), "--format", "json", "--as-of", "2026-03-01"],
            ["usage", "sources", "--format", "json"],
            ["elasticity", "--source", Tricky, "--format", "json"],
            ["markets", "list", "--format", "json"],
            ["watchlist", "list", "--format", "json"],
            ["watchlist", "show", Tricky, "--format", "json"],
            ["watchlist", "export", Tricky, "--format", "json"],
        ];
        foreach (var command in commands)
        {
            var run = _cli.Run(command);
            Assert.True(run.ExitCode == 0, $"{string.Join(' ', command)}: {run}");
            Assert.True(run.Out.Contains(Encoded, StringComparison.Ordinal), $"{string.Join(' ', command)} wrote the string another way:\n{run.Out}");
        }
    }

    [Fact]
    public void No_code_but_JsonOutput_configures_a_json_writer_for_output()
    {
        // Not output for people or scripts, so compact and their own: the count-tokens request bodies (a vendor's API)
        // and the bundled genai-prices history (a data file whose bytes must not change from one run to the next).
        string[] allowed = ["JsonOutput.cs", "CountTokensApiMappers.cs", "GenaiPricesHistoryWriter.cs"];
        var writers = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("new Utf8JsonWriter(", StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .ToList();

        Assert.NotEmpty(writers);
        Assert.All(writers, file => Assert.Contains(file, allowed));
    }

    private void Prepare()
    {
        Assert.Equal(0, _cli.Run("events", "add", Tricky, "--time", "2026-03-10").ExitCode);

        File.WriteAllText(_cli.File("old.json"), Catalog("m1", 1));
        File.WriteAllText(_cli.File("new.json"), Catalog("m1", 2) is var file ? file.Replace("\"models\":[", $"\"models\":[{{\"id\":{Json(Tricky)},\"name\":{Json(Tricky)},\"prices\":{{\"input_mtok\":3}}}},") : "");
        Assert.Equal(0, _cli.Run("catalog", "import", _cli.File("new.json"), "--as-of", "2026-03-01").ExitCode);

        var csv = _cli.File("usage.csv");
        File.WriteAllText(csv, "date,model,input_tokens,output_tokens,cached_tokens,requests,source\n"
            + string.Concat(Enumerable.Range(1, 9).Select(d => $"2026-03-0{d},claude-opus-4-6,{1000 + d},{100 + d},0,1,\"{Tricky.Replace("\"", "\"\"")}\"\n")));
        var import = _cli.Run("usage", "import", csv);
        Assert.True(import.ExitCode == 0, import.ToString());

        // A feeds folder whose first asset carries the string as its name.
        var feeds = _cli.File("feeds");
        CopyFolder(RepoPaths.Feeds, feeds);
        var assets = Path.Combine(feeds, "markets", "assets.json");
        var text = File.ReadAllText(assets);
        var first = text.IndexOf("\"name\":", StringComparison.Ordinal);
        var end = text.IndexOf('"', text.IndexOf('"', first + 7) + 1);
        File.WriteAllText(assets, text[..first] + "\"name\": " + Json(Tricky) + text[(end + 1)..]);
        _cli.FeedsFolder = feeds;

        Assert.Equal(0, _cli.Run("watchlist", "add", Tricky, "NVDA", RenderSymbol(text)).ExitCode);
    }

    private static string RenderSymbol(string assets) =>
        JsonDocument.Parse(assets, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })
            .RootElement.GetProperty("assets")[0].GetProperty("symbol").GetString()!;

    private static string Catalog(string model, decimal input) =>
        $$$"""[{"id":"acme","name":"Acme","models":[{"id":"{{{model}}}","prices":{"input_mtok":{{{input}}}}}]}]""";

    /// <summary>A JSON string literal (the tests run with reflection-based serialization off, as the AOT build does).</summary>
    private static string Json(string text) => $"\"{JsonEncodedText.Encode(text)}\"";

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => _cli.Dispose();
}
