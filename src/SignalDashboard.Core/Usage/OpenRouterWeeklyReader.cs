namespace SignalDashboard.Core.Usage;

/// <summary>
/// Reads <c>feeds/usage/openrouter-weekly-top.csv</c> strictly (format in feeds/usage/README.md): the header
/// <c>week_end,model,total_tokens,from_commit</c>; a week end from 2020-01-01 to today by the given clock, in
/// non-decreasing order; a model slug <c>provider/name[:variant]</c>; tokens a whole number above 0; a commit of 7 to
/// 40 hex digits; no (week, model) twice. Errors name the file, line, field and reason; nothing is half-read.
/// </summary>
public static class OpenRouterWeeklyReader
{
    public static readonly string RelativePath = Path.Combine("usage", "openrouter-weekly-top.csv");

    public static readonly IReadOnlyList<string> Header = ["week_end", "model", "total_tokens", "from_commit"];

    public static OpenRouterWeeklySample Read(ReadOnlySpan<byte> utf8, string file, TimeProvider clock)
    {
        var today = StrictCsv.Today(clock);
        var csv = StrictCsv.Read(utf8, file, Header);
        var rows = new List<WeeklyModelTokens>();
        var seen = new HashSet<(DateOnly, string)>();
        foreach (var row in csv.Rows)
        {
            var week = row.Day("week_end", today);
            if (rows.Count > 0 && week < rows[^1].WeekEnd)
                throw row.Error("week_end", $"{week:yyyy-MM-dd} comes after {rows[^1].WeekEnd:yyyy-MM-dd} (the file is sorted by week)");
            var model = row.Text("model");
            var slash = model.IndexOf('/');
            if (slash <= 0 || slash == model.Length - 1 || model.Any(char.IsWhiteSpace) || model.Length > 200)
                throw row.Error("model", $"expected an OpenRouter slug provider/name[:variant] without spaces, found \"{model}\"");
            var tokens = row.PositiveWhole("total_tokens");
            var commit = row.Text("from_commit");
            if (commit.Length is < 7 or > 40 || !commit.All(char.IsAsciiHexDigitLower))
                throw row.Error("from_commit", $"expected a commit hash of 7 to 40 lower-case hex digits, found \"{commit}\"");
            if (!seen.Add((week, model))) throw row.Error("model", $"{model} appears twice in the week ending {week:yyyy-MM-dd}");
            rows.Add(new WeeklyModelTokens(week, model, tokens, commit));
        }
        return new OpenRouterWeeklySample(rows);
    }
}
