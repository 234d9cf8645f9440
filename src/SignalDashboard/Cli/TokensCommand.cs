using System.CommandLine;
using System.Text;
using System.Text.Json;
using SignalDashboard.Composition;
using SignalDashboard.Presentation;
using SignalDashboard.Tokenizers;
using SignalDashboard.Tokenizers.Counting;
using SignalDashboard.Core.Messages;
using SignalDashboard.Core.Json;

namespace SignalDashboard.Cli;

/// <summary>
/// <c>sigdash tokens [FILE|-] [--tokenizer all|NAME] [--format table|json]</c>: the token count of a text per
/// tokenizer (real tokenizers; a model family without one is counted with its named approximation, marked).
/// With "all", a tokenizer that cannot be loaded is reported on stderr and left out; naming it is an error.
/// A family with a vendor count-tokens API (claude, gemini) is counted by the vendor when a key is configured and not
/// offline (<see cref="CountTokensSetup"/>); a text too large for one request, or any failure of the API, falls back
/// to the approximation with a one-line note on stderr.
/// </summary>
public static class TokensCommand
{
    public static Command Build(RunContext context)
    {
        var file = new Argument<string?>("FILE") { Description = "UTF-8 text file, or - for standard input (the default)", Arity = ArgumentArity.ZeroOrOne };
        var tokenizer = new Option<string>("--tokenizer", "-t")
        {
            Description = "all, a tokenizer (o200k_base, cl100k_base, deepseek-v3, qwen3, llama3) or a model family with an approximation (claude, gemini …)",
            DefaultValueFactory = _ => "all",
            HelpName = "all|NAME",
        };
        var model = new Option<string?>("--model", "-m")
        {
            Description = "The model id the vendor's count-tokens API is asked with (claude, gemini with a key; default in tokenizers.json)",
            HelpName = "ID",
        };
        var format = OutputFormatOption.Create("table", "json");
        var command = new Command("tokens", "Count the tokens of a text with real tokenizers (or a vendor's count-tokens API when a key is configured).")
            { file, tokenizer, model, format };
        command.SetAction(parse => Run(context, parse.GetValue(file), parse.GetValue(tokenizer)!, parse.GetValue(model), OutputFormatOption.Parse(parse.GetValue(format)!)));
        return command;
    }

    private static int Run(RunContext context, string? file, string which, string? model, OutputFormat format)
    {
        return Guard(context, () =>
        {
            var registry = TokenizerSetup.Registry(context, line => context.Error.WriteLine($"sigdash: {line}"));
            var selected = TextInputs.Select(registry, which);
            var all = string.Equals(which, "all", StringComparison.OrdinalIgnoreCase);
            var approximation = all ? null : registry.Definitions.Approximations
                .FirstOrDefault(a => string.Equals(a.Family, which, StringComparison.OrdinalIgnoreCase));
            if (model is not null && approximation?.Api is null)
                throw new ArgumentException("--model is for a family counted through a vendor's count-tokens API (" +
                    string.Join(", ", registry.Definitions.Approximations.Where(a => a.Api is not null).Select(a => a.Family)) + ")");
            var loaded = new List<(string Label, string Tokenizer, bool Approximate, Tokenizers.Bpe.ByteLevelBpeTokenizer Instance)>();
            foreach (var (label, name, approximate) in selected)
            {
                try
                {
                    loaded.Add((label, name, approximate, registry.Get(name)));
                }
                catch (TokenizerLoadException e) when (all)
                {
                    context.Error.WriteLine($"sigdash: {SingleLine.Of(e.Message)} (left out)");
                }
            }
            if (loaded.Count == 0) throw new TokenizerLoadException("no tokenizer could be loaded");
            var plan = CountTokensSetup.Plan(context, approximation);
            var tokenizers = loaded.Select(l => (l.Label, l.Instance)).ToList();
            if (plan is null)
            {
                var counts = TextInputs.Count(context, file, tokenizers);
                var rows = loaded.Select(l => new TokenRow(l.Label, counts.Tokens[l.Label], counts.Chars, counts.Bytes, l.Approximate || counts.HardCuts > 0)).ToList();
                context.Out.Write(format == OutputFormat.Json ? Json(rows) : Table(rows, counts.HardCuts, null));
                return ExitCodes.Ok;
            }
            var (row, apiModel, hardCuts) = CountWithApi(context, file, loaded[0].Label, tokenizers, approximation!, plan.Value.Api, plan.Value.Key, model);
            context.Out.Write(format == OutputFormat.Json ? Json([row]) : Table([row], hardCuts, apiModel));
            return ExitCodes.Ok;
        });
    }

    /// <summary>
    /// The vendor's count for the whole text (sent as one user message), or the approximation with a note on stderr
    /// when the text is too large for one request or the API fails. The approximation is always counted (streamed), so
    /// that the input is read once and validated (UTF-8, binary, empty) exactly as without a key.
    /// </summary>
    private static (TokenRow Row, string? ApiModel, int HardCuts) CountWithApi(RunContext context, string? file, string label,
        List<(string Label, Tokenizers.Bpe.ByteLevelBpeTokenizer Instance)> tokenizers, Tokenizers.Registry.TokenizerApproximation approximation,
        Tokenizers.Registry.CountTokensApi api, string key, string? model)
    {
        // Gemini names models "models/gemini-2.5-pro"; the path takes the id alone.
        model = model is { Length: > 0 } given ? (given.StartsWith("models/", StringComparison.Ordinal) ? given["models/".Length..] : given) : api.Model;
        var vendor = Core.Tokens.CountTokensApiMappers.DisplayName(api.Vendor);
        var limit = Core.Tokens.CountTokensApiMappers.MaxRequestBytes(api.Vendor);
        TextCounts counts;
        byte[]? whole;
        using (var input = TextInputs.Open(context, file))
        {
            var (head, all) = HeadReader.Read(input, limit);
            using (all) counts = TextInputs.Count(context, TextInputs.NameOf(file), all, tokenizers);
            whole = head;
        }
        var fallback = new TokenRow(label, counts.Tokens[label], counts.Chars, counts.Bytes, true, Source: "approximation");
        void Note(string why) => context.Error.WriteLine($"sigdash: {SingleLine.Of(why)}; counted with {approximation.Name} (approx.)");

        var body = whole is null ? null : Feeds.CountTokens.CountTokensClient.RequestBody(api.Vendor, model, WithoutBom(Encoding.UTF8.GetString(whole)));
        if (body is null)
        {
            Note($"the text is too large for the {vendor} count-tokens API (at most {limit / 1_000_000} MB a request)");
            return (fallback, null, counts.HardCuts);
        }
        var result = CountTokensSetup.Count(context, api.Vendor, model, body, key);
        if (result.Tokens is not { } tokens)
        {
            Note(result.Error ?? $"{vendor} count-tokens API: no count");
            return (fallback, null, counts.HardCuts);
        }
        return (new TokenRow($"{approximation.Family} ({vendor} API)", tokens, counts.Chars, counts.Bytes, false, Source: api.Vendor + "-api", Model: model), model, 0);
    }

    internal static int Guard(RunContext context, Func<int> work)
    {
        try
        {
            return work();
        }
        catch (Exception e) when (e is TokenizerLoadException or InputProblemException or FormatException)
        {
            context.Error.WriteLine($"sigdash: {SingleLine.Of(e.Message)}");
            return ExitCodes.DataError;
        }
        catch (ArgumentException e)
        {
            context.Error.WriteLine($"sigdash: {SingleLine.Of(e.Message)}");
            return ExitCodes.UsageError;
        }
    }

    private static string WithoutBom(string text) => text.StartsWith('\uFEFF') ? text[1..] : text;

    /// <param name="Source">Only for a family with a count-tokens API and a key: "anthropic-api", "gemini-api" or "approximation".</param>
    /// <param name="Model">The model id the API was asked with, when it counted.</param>
    private sealed record TokenRow(string Tokenizer, long Tokens, long Chars, long Bytes, bool Approximate, string? Source = null, string? Model = null);

    private static string Table(IReadOnlyList<TokenRow> rows, int hardCuts, string? apiModel)
    {
        var cells = rows.Select(r => (IReadOnlyList<string>)
            [r.Tokenizer, r.Tokens.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
             r.Chars.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
             r.Bytes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), r.Approximate ? "approx." : ""]).ToList();
        var table = TextTable.Render(["TOKENIZER", "TOKENS", "CHARS", "BYTES", "APPROX"], cells, new HashSet<int> { 1, 2, 3 });
        if (hardCuts > 0) table += $"approx.: a line longer than the chunk size was cut {hardCuts} time(s) between characters\n";
        if (apiModel is not null) table += $"API count for {apiModel}: includes the few tokens that frame a user message\n";
        return table;
    }

    private static string Json(IReadOnlyList<TokenRow> rows)
    {
        return JsonOutput.Write(json =>
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
                if (r.Source is not null) json.WriteString("source", r.Source);
                if (r.Model is not null) json.WriteString("model", r.Model);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        });
    }
}
