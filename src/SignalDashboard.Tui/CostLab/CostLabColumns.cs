using System.Globalization;
using SignalDashboard.Composition;
using SignalDashboard.Core.Cost;
using SignalDashboard.Presentation;
using SignalDashboard.Tui.Tables;

namespace SignalDashboard.Tui.CostLab;

/// <summary>The columns of the cost table, in display order.</summary>
public enum CostLabColumn
{
    Provider,
    Model,
    Cost,
    Share,
    InputTokens,
    OutputTokens,
    Tokenizer,
    Notes,
}

/// <summary>One row of the cost table: a model's cost for the text, and its routing share (0 when not in the mix).</summary>
public sealed record CostLabRow(CostRow Cost, decimal Share);

/// <summary>The cost table's columns: what each shows of a <see cref="CostLabRow"/> (approximations marked), and its look.</summary>
public static class CostLabColumns
{
    // Cost and share come right after the model so an 80-column terminal shows them; the tokenizer label is the widest column.
    public static readonly IReadOnlyList<TableColumn<CostLabColumn, CostLabRow>> All =
    [
        new(CostLabColumn.Provider, "Provider", r => r.Cost.Model.Provider),
        new(CostLabColumn.Model, "Model", r => r.Cost.Model.DisplayName) { MaxWidth = 20 },
        new(CostLabColumn.Cost, "Cost", r => Cost(r.Cost)) { AlignRight = true },
        new(CostLabColumn.Share, "Share", r => r.Share > 0 ? (r.Share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "") { AlignRight = true },
        new(CostLabColumn.InputTokens, "Input tok", r => r.Cost.InputTokens?.ToString("N0", CultureInfo.InvariantCulture) ?? "—") { AlignRight = true },
        new(CostLabColumn.OutputTokens, "Output tok", r => OutputTokens(r.Cost)) { AlignRight = true },
        new(CostLabColumn.Tokenizer, "Tokenizer", r => (r.Cost.Tokenizer?.Label ?? "—") + (r.Cost.Approximate ? " approx." : "")),
        new(CostLabColumn.Notes, "Notes", r => r.Cost.Problem ?? string.Join("; ", r.Cost.Cost?.Notes ?? [])),
    ];

    /// <summary>A cell as the table shows it (sanitized).</summary>
    public static string Cell(CostLabRow row, CostLabColumn column) => TerminalText.Sanitize(All.Of(column).Cell(row));

    /// <summary>The cost per request; "*" when a price in it is derived, not quoted.</summary>
    private static string Cost(CostRow row) =>
        row.Cost is { Priced: true } p ? PriceFormat.Cost(p.TotalUsd) + (p.HasDerivedPrices ? "*" : "") : "—";

    private static string OutputTokens(CostRow row) =>
        row.Cost is { Priced: true } c
            ? c.Lines.Where(l => l.Component == CostComponent.Output).Sum(l => l.Tokens).ToString("N0", CultureInfo.InvariantCulture)
            : "—";
}
