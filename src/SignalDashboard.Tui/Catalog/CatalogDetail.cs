using System.Globalization;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Events;
using SignalDashboard.Core.Catalog.Import;
using SignalDashboard.Presentation;

namespace SignalDashboard.Tui.Catalog;

/// <summary>The text of the Catalog detail pane for one row: identity, each price with its origin, and the events. Pure.</summary>
public static class CatalogDetail
{
    private static readonly (PriceField Field, string Label)[] Prices =
    [
        (PriceField.Input, "input"),
        (PriceField.Output, "output"),
        (PriceField.CachedInput, "cached in"),
        (PriceField.CacheWrite, "cache write"),
        (PriceField.BatchInput, "batch in"),
        (PriceField.BatchOutput, "batch out"),
    ];

    public static IReadOnlyList<string> Lines(CatalogRow row, ModelCatalog catalog)
    {
        var model = row.Model;
        var lines = new List<string>
        {
            row.IsCurated ? $"{model.Key}" : $"{model.Key} · listed by imported sources only",
            $"{row.Tier} tier{(model.OpenWeights ? " · open weights" : "")} · ctx {PriceFormat.Tokens(model.ContextWindow)} · {model.TokenizerFamily ?? "tokenizer ?"}",
            "",
        };

        foreach (var (field, label) in Prices)
        {
            lines.Add(row[field] is { } price
                ? $"{label,-11} {PriceFormat.Effective(price),-8} {Origin(price, catalog.PolicyFor(model.Provider), field)}"
                : $"{label,-11} {PriceFormat.Missing}");
        }

        if (row.Listings.Count > 0)
        {
            lines.Add("");
            lines.Add(row.Disagreements.Count == 0
                ? "sources (latest snapshots) agree"
                : $"sources (latest snapshots) · ≠ {string.Join(", ", row.Disagreements.Select(DiffKeys.Field))}");
            foreach (var listing in row.Listings)
            {
                var prices = string.Join(" ", SourceSnapshot.ComparedFields
                    .Where(f => listing[f] is not null)
                    .Select(f => $"{Short(f)} {PriceFormat.Usd(listing[f])}{(row.Disagreements.Contains(f) ? "≠" : "")}"));
                lines.Add($"{listing.Source} · {listing.Provider}/{listing.Model} · {listing.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
                lines.Add($"  {(prices.Length == 0 ? "no prices" : prices)}");
            }
        }

        var changes = catalog.Changes(model);
        lines.Add("");
        lines.Add(changes.Count == 0 ? "no price changes recorded" : "price changes");
        // input and output first (the prices people compare), newest first within a field
        foreach (var change in changes.OrderBy(c => c.Field).ThenByDescending(c => c.Day))
        {
            var from = change.IsSuccession ? $" (from {catalog.Find(change.From)?.DisplayName ?? change.From.ToString()})" : "";
            lines.Add($"{Day(change.Day)} {change.Field.Key()} {PriceFormat.Usd(change.Old)}→{PriceFormat.Usd(change.New)} {PriceFormat.Percent(change.ChangePercent)}{from}");
        }
        return lines.Select(TerminalText.Sanitize).ToList();
    }

    private static string Origin(EffectivePrice price, DiscountPolicy? policy, PriceField field)
    {
        if (!price.IsDerived)
            return price.Source.Key;
        var rule = field is PriceField.CachedInput
            ? $"{Share(policy?.CacheReadShareOfInput)} of input"
            : $"{Share(policy?.BatchDiscount)} off";
        return $"derived: {rule}";
    }

    private static string Short(PriceField field) => field switch
    {
        PriceField.Input => "in",
        PriceField.Output => "out",
        PriceField.CachedInput => "cache",
        PriceField.CacheWrite => "write",
        _ => field.Key(),
    };

    private static string Share(decimal? fraction) =>
        fraction is { } f ? (f * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%" : "?";

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
