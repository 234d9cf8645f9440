using System.Globalization;
using System.Text;

namespace SignalDashboard.Core.Catalog.Events;

/// <summary>
/// <c>sigdash catalog diff OLD NEW</c> for people: an aligned plain-text table (no colours, friendly to pipes) with
/// PROVIDER, MODEL, CHANGE, FIELD, OLD, NEW (USD per 1M tokens) and Δ% (one decimal, signed; "—" when there is no
/// old price, or it is zero), then a count line. No changes → "no changes".
/// </summary>
public static class CatalogDiffTable
{
    public const string Missing = "—";

    public static string Write(IReadOnlyList<CatalogChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0) return "no changes\n";

        string[] headers = ["PROVIDER", "MODEL", "CHANGE", "FIELD", "OLD", "NEW", "Δ%"];
        var rows = changes.Select(c => new[]
        {
            Clean(c.Provider), Clean(c.Model), DiffKeys.Change(c.Change), c.Field is { } f ? DiffKeys.Field(f) : "",
            c.Field is null ? "" : Usd(c.Old), c.Field is null ? "" : Usd(c.New), c.Field is null ? "" : Percent(c.ChangePercent),
        }).ToList();
        var widths = headers.Select((h, i) => Math.Max(h.Length, rows.Max(r => r[i].Length))).ToArray();

        var text = new StringBuilder();
        Append(text, headers, widths);
        foreach (var row in rows) Append(text, row, widths);

        var added = changes.Count(c => c.Change == ChangeKind.Added);
        var removed = changes.Count(c => c.Change == ChangeKind.Removed);
        var changed = changes.Count(c => c.Change == ChangeKind.Changed);
        text.Append(CultureInfo.InvariantCulture, $"{added} added, {removed} removed, {changed} price changes\n");
        return text.ToString();
    }

    /// <summary>USD per 1M tokens: two decimals, up to four when needed ($5.00, $0.075, $0.0188).</summary>
    public static string Usd(decimal? value) =>
        value is { } v ? "$" + Math.Round(v, 4, MidpointRounding.AwayFromZero).ToString("0.00##", CultureInfo.InvariantCulture) : Missing;

    /// <summary>A signed change in percent with one decimal ("-50.0%", "+12.5%").</summary>
    public static string Percent(decimal? value)
    {
        if (value is not { } v) return Missing;
        var rounded = Math.Round(v, 1, MidpointRounding.AwayFromZero);
        return (rounded > 0 ? "+" : "") + rounded.ToString("0.0", CultureInfo.InvariantCulture) + "%";
    }

    private static readonly HashSet<int> RightAligned = [4, 5, 6];

    private static void Append(StringBuilder text, IReadOnlyList<string> cells, int[] widths)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0) line.Append("  ");
            line.Append(RightAligned.Contains(i) ? cells[i].PadLeft(widths[i]) : cells[i].PadRight(widths[i]));
        }
        text.Append(line.ToString().TrimEnd()).Append('\n');
    }

    /// <summary>Ids come from downloaded files: control characters (escape sequences, newlines) are not printed.</summary>
    private static string Clean(string text) =>
        text.Any(char.IsControl) ? new string(text.Select(c => char.IsControl(c) ? '?' : c).ToArray()) : text;
}
