namespace SignalDashboard.Core.Usage;

/// <summary>
/// Reads <c>feeds/usage/published-token-volumes.csv</c> strictly (format in feeds/usage/README.md): the header
/// <c>period_end,entity,scope,tokens,per,stated,statement_date,source_url</c>; dates from 2020-01-01 to today by the
/// given clock, a period ending no later than its statement; tokens a whole number above 0; <c>per</c> one of
/// minute, day, week, month, quarter; an absolute http(s) source URL. Errors name the file, line, field and reason.
/// </summary>
public static class PublishedTokenVolumesReader
{
    public static readonly string RelativePath = Path.Combine("usage", "published-token-volumes.csv");

    public static readonly IReadOnlyList<string> Header =
        ["period_end", "entity", "scope", "tokens", "per", "stated", "statement_date", "source_url"];

    public static IReadOnlyList<PublishedTokenVolume> Read(ReadOnlySpan<byte> utf8, string file, TimeProvider clock)
    {
        var today = StrictCsv.Today(clock);
        var csv = StrictCsv.Read(utf8, file, Header);
        var volumes = new List<PublishedTokenVolume>();
        foreach (var row in csv.Rows)
        {
            var periodEnd = row.Day("period_end", today);
            var statementDate = row.Day("statement_date", today);
            if (periodEnd > statementDate)
                throw row.Error("period_end", $"{periodEnd:yyyy-MM-dd} is after the statement date {statementDate:yyyy-MM-dd} (a statement cannot describe a later period)");
            var perText = row.Text("per");
            VolumePeriod per = perText switch
            {
                "minute" => VolumePeriod.Minute,
                "day" => VolumePeriod.Day,
                "week" => VolumePeriod.Week,
                "month" => VolumePeriod.Month,
                "quarter" => VolumePeriod.Quarter,
                _ => throw row.Error("per", $"expected minute, day, week, month or quarter, found \"{perText}\""),
            };
            var url = row.Text("source_url");
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
                throw row.Error("source_url", $"expected an absolute http(s) URL, found \"{url}\"");
            volumes.Add(new PublishedTokenVolume(periodEnd, row.Text("entity"), row.Text("scope"), row.PositiveWhole("tokens"), per,
                row.Text("stated"), statementDate, uri));
        }
        return volumes;
    }
}
