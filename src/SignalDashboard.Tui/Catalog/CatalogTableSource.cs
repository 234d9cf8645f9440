using SignalDashboard.Core.Catalog;
using SignalDashboard.Presentation;
using Terminal.Gui.Views;

namespace SignalDashboard.Tui.Catalog;

/// <summary>The visible catalog rows as a Terminal.Gui table: every cell is sanitized display text.</summary>
public sealed class CatalogTableSource(IReadOnlyList<CatalogRow> rows, CatalogColumn sortColumn, bool descending) : ITableSource
{
    public static readonly IReadOnlyList<(CatalogColumn Column, string Header)> Layout =
    [
        (CatalogColumn.Provider, "Provider"),
        (CatalogColumn.Model, "Model"),
        (CatalogColumn.Tier, "Tier"),
        (CatalogColumn.Input, "Input"),
        (CatalogColumn.Output, "Output"),
        (CatalogColumn.Cached, "Cached"),
        (CatalogColumn.BatchInput, "Batch in"),
        (CatalogColumn.Context, "Context"),
        (CatalogColumn.Tokenizer, "Tokenizer"),
        (CatalogColumn.LastChange, "Last Δ"),
        (CatalogColumn.Sources, "Sources"),
    ];

    public IReadOnlyList<CatalogRow> RowData => rows;

    public object this[int row, int col] => Cell(rows[row], Layout[col].Column);

    public string[] ColumnNames { get; } = Layout
        .Select(c => c.Column == sortColumn ? $"{c.Header}{(descending ? "▼" : "▲")}" : c.Header)
        .ToArray();

    public int Columns => Layout.Count;

    public int Rows => rows.Count;

    public static string Cell(CatalogRow row, CatalogColumn column) => column switch
    {
        CatalogColumn.Provider => TerminalText.Sanitize(row.Provider),
        CatalogColumn.Model => TerminalText.Sanitize(row.Name),
        CatalogColumn.Tier => row.Tier == Tier.Unknown ? PriceFormat.Missing : row.Tier.ToString(),
        CatalogColumn.Input => Price(row[PriceField.Input]),
        CatalogColumn.Output => Price(row[PriceField.Output]),
        CatalogColumn.Cached => Price(row[PriceField.CachedInput]),
        CatalogColumn.BatchInput => Price(row[PriceField.BatchInput]),
        CatalogColumn.Context => PriceFormat.Tokens(row.Model.ContextWindow),
        CatalogColumn.Tokenizer => TerminalText.Sanitize(row.Model.TokenizerFamily ?? PriceFormat.Missing),
        CatalogColumn.LastChange => PriceFormat.Percent(row.LastChange?.ChangePercent),
        CatalogColumn.Sources => row.SourcesSummary,
        _ => "",
    };

    /// <summary>Quoted prices get a blank where derived ones have their mark, so the digits line up.</summary>
    private static string Price(EffectivePrice? price) =>
        price is { IsDerived: false } ? PriceFormat.Effective(price) + " " : PriceFormat.Effective(price);
}
