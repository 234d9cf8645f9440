using SignalDashboard.Core.Catalog;
using SignalDashboard.Presentation;
using SignalDashboard.Tui.Tables;

namespace SignalDashboard.Tui.Catalog;

/// <summary>The models table's columns, in display order (the number keys sort by the first ten).</summary>
public static class CatalogColumns
{
    public static readonly IReadOnlyList<TableColumn<CatalogColumn, CatalogRow>> All =
    [
        new(CatalogColumn.Provider, "Provider", r => r.Provider),
        new(CatalogColumn.Model, "Model", r => r.Name) { MaxWidth = 24 },
        new(CatalogColumn.Tier, "Tier", r => r.Tier == Tier.Unknown ? PriceFormat.Missing : r.Tier.ToString()) { Tone = TierTone },
        new(CatalogColumn.Input, "Input", r => Price(r[PriceField.Input])) { AlignRight = true },
        new(CatalogColumn.Output, "Output", r => Price(r[PriceField.Output])) { AlignRight = true },
        new(CatalogColumn.Cached, "Cached", r => Price(r[PriceField.CachedInput])) { AlignRight = true },
        new(CatalogColumn.BatchInput, "Batch in", r => Price(r[PriceField.BatchInput])) { AlignRight = true },
        new(CatalogColumn.Context, "Context", r => PriceFormat.Tokens(r.Model.ContextWindow)) { AlignRight = true },
        new(CatalogColumn.Tokenizer, "Tokenizer", r => r.Model.TokenizerFamily ?? PriceFormat.Missing),
        new(CatalogColumn.LastChange, "Last Δ", r => PriceFormat.Percent(r.LastChange?.ChangePercent)) { AlignRight = true },
        new(CatalogColumn.Sources, "Sources", r => r.SourcesSummary),
    ];

    /// <summary>A cell as the table shows it (sanitized).</summary>
    public static string Cell(CatalogRow row, CatalogColumn column) => TerminalText.Sanitize(All.Of(column).Cell(row));

    /// <summary>The tiers from free to top, green to red.</summary>
    private static CellTone TierTone(string tier) => tier switch
    {
        nameof(Tier.Free) => CellTone.Good,
        nameof(Tier.Budget) => CellTone.Mild,
        nameof(Tier.Mid) => CellTone.Caution,
        nameof(Tier.Top) => CellTone.Bad,
        _ => CellTone.Plain,
    };

    /// <summary>Quoted prices get a blank where derived ones have their mark, so the digits line up.</summary>
    private static string Price(EffectivePrice? price) =>
        price is { IsDerived: false } ? PriceFormat.Effective(price) + " " : PriceFormat.Effective(price);
}
