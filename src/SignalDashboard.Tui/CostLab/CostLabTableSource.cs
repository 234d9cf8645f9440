using System.Globalization;
using SignalDashboard.Composition;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Presentation;
using Terminal.Gui.Views;

namespace SignalDashboard.Tui.CostLab;

/// <summary>The per-model cost rows as a Terminal.Gui table (sanitized display text; approximations marked; each model's routing share).</summary>
public sealed class CostLabTableSource(IReadOnlyList<CostRow> rows, IReadOnlyDictionary<ModelKey, decimal>? shares = null) : ITableSource
{
    // Cost and share come right after the model so an 80-column terminal shows them; the tokenizer label is the widest column.
    public static readonly string[] Headers = ["Provider", "Model", "Cost", "Share", "Input tok", "Output tok", "Tokenizer", "Notes"];

    public object this[int row, int col] => TerminalText.Sanitize(Cell(rows[row], col, shares));

    public IReadOnlyList<CostRow> RowData => rows;
    public string[] ColumnNames => Headers;
    public int Columns => Headers.Length;
    public int Rows => rows.Count;

    public static string Cell(CostRow row, int col, IReadOnlyDictionary<ModelKey, decimal>? shares = null) => col switch
    {
        0 => row.Model.Provider,
        1 => row.Model.DisplayName,
        2 => row.Cost is { Priced: true } p ? PriceFormat.Cost(p.TotalUsd) + (p.HasDerivedPrices ? "*" : "") : "—",
        3 => shares?.GetValueOrDefault(row.Model.Key) is { } s and > 0 ? (s * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "",
        4 => row.InputTokens?.ToString("N0", CultureInfo.InvariantCulture) ?? "—",
        5 => row.Cost is { Priced: true } c ? c.Lines.Where(l => l.Component == Core.Cost.CostComponent.Output).Sum(l => l.Tokens).ToString("N0", CultureInfo.InvariantCulture) : "—",
        6 => (row.Tokenizer?.Label ?? "—") + (row.Approximate ? " approx." : ""),
        _ => row.Problem ?? string.Join("; ", row.Cost?.Notes ?? []),
    };
}
