using System.CommandLine;
using System.Text;
using System.Text.Json;
using SignalDashboard.Composition;
using SignalDashboard.Presentation;
using SignalDashboard.Tokenizers;
using SignalDashboard.Tokenizers.Counting;

namespace SignalDashboard.Cli;

/// <summary>
/// <c>sigdash tokens [FILE|-] [--tokenizer all|NAME] [--format table|json]</c>: the token count of a text per
/// tokenizer (real tokenizers; a model family without one is counted with its named approximation, marked).
/// With "all", a tokenizer that cannot be loaded is reported on stderr and left out; naming it is an error.
/// </summary>
public static class TokensCommand
{
    public static Command Build(CliContext context)
    {
        var file = new Argument<string?>("FILE") { Description = "UTF-8 text file, or - for standard input (the default)", Arity = ArgumentArity.ZeroOrOne };
        var tokenizer = new Option<string>("--tokenizer", "-t")
        {
            Description = "all, a tokenizer (o200k_base, cl100k_base, deepseek-v3, qwen3, llama3) or a model family with an approximation (claude, gemini …)",
            DefaultValueFactory = _ => "all",
            HelpName = "all|NAME",
        };
        var format = OutputFormatOption.Create("table", "json");
        var command = new Command("tokens", "Count the tokens of a text with real tokenizers.") { file, tokenizer, format };
        command.SetAction(parse => Run(context, parse.GetValue(file), parse.GetValue(tokenizer)!, OutputFormatOption.Parse(parse.GetValue(format)!)));
        return command;
    }

    private static int Run(CliContext context, string? file, string which, OutputFormat format)
    {
        return Guard(context, () =>
        {
            var registry = TokenizerSetup.Registry(context, line => context.Error.WriteLine($"sigdash: {line}"));
            var selected = TextInputs.Select(registry, which);
            var all = string.Equals(which, "all", StringComparison.OrdinalIgnoreCase);
            var loaded = new List<(string Label, string Tokenizer, bool Approximate, Tokenizers.Bpe.ByteLevelBpeTokenizer Instance)>();
            foreach (var (label, name, approximate) in selected)
            {
                try
                {
                    loaded.Add((label, name, approximate, registry.Get(name)));
                }
                catch (TokenizerLoadException e) when (all)
                {
                    context.Error.WriteLine($"sigdash: {MarketsCommands.OneLine(e.Message)} (left out)");
                }
            }
            if (loaded.Count == 0) throw new TokenizerLoadException("no tokenizer could be loaded");
            var counts = TextInputs.Count(context, file, loaded.Select(l => (l.Label, l.Instance)).ToList());
            var rows = loaded.Select(l => new TokenRow(l.Label, counts.Tokens[l.Label], counts.Chars, counts.Bytes, l.Approximate || counts.HardCuts > 0)).ToList();
            context.Out.Write(format == OutputFormat.Json ? Json(rows) : Table(rows, counts.HardCuts));
            return ExitCodes.Ok;
        });
    }

    internal static int Guard(CliContext context, Func<int> work)
    {
        try
        {
            return work();
        }
        catch (Exception e) when (e is TokenizerLoadException or InputProblemException or FormatException)
        {
            context.Error.WriteLine($"sigdash: {MarketsCommands.OneLine(e.Message)}");
            return ExitCodes.DataError;
        }
        catch (ArgumentException e)
        {
            context.Error.WriteLine($"sigdash: {MarketsCommands.OneLine(e.Message)}");
            return ExitCodes.UsageError;
        }
    }

    private sealed record TokenRow(string Tokenizer, long Tokens, long Chars, long Bytes, bool Approximate);

    private static string Table(IReadOnlyList<TokenRow> rows, int hardCuts)
    {
        var cells = rows.Select(r => (IReadOnlyList<string>)
            [r.Tokenizer, r.Tokens.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
             r.Chars.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
             r.Bytes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), r.Approximate ? "approx." : ""]).ToList();
        var table = TextTable.Render(["TOKENIZER", "TOKENS", "CHARS", "BYTES", "APPROX"], cells, new HashSet<int> { 1, 2, 3 });
        if (hardCuts > 0) table += $"approx.: a line longer than the chunk size was cut {hardCuts} time(s) between characters\n";
        return table;
    }

    private static string Json(IReadOnlyList<TokenRow> rows)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach (var r in rows)
            {
                json.WriteStartObject();
                json.WriteString("tokenizer", r.Tokenizer);
                json.WriteNumber("tokens", r.Tokens);
                json.WriteNumber("chars", r.Chars);
                json.WriteNumber("bytes", r.Bytes);
                json.WriteBoolean("approximate", r.Approximate);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
