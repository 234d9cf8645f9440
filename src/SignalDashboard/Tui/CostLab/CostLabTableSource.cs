using System.Globalization;
using SignalDashboard.Cli;
using SignalDashboard.Composition;
using SignalDashboard.Presentation;
using Terminal.Gui.Views;

namespace SignalDashboard.Tui.CostLab;

/// <summary>The per-model cost rows as a Terminal.Gui table (sanitized display text; approximations marked).</summary>
public sealed class CostLabTableSource(IReadOnlyList<CostRow> rows) : ITableSource
{
    // Cost comes right after the model so an 80-column terminal shows it; the tokenizer label is the widest column.
    public static readonly string[] Headers = ["Provider", "Model", "Cost", "Input tok", "Output tok", "Tokenizer", "Notes"];

    public object this[int row, int col] => TerminalText.Sanitize(Cell(rows[row], col));

    public string[] ColumnNames => Headers;
    public int Columns => Headers.Length;
    public int Rows => rows.Count;

    public static string Cell(CostRow row, int col) => col switch
    {
        0 => row.Model.Provider,
        1 => row.Model.DisplayName,
        2 => row.Cost is { Priced: true } p ? CostOutput.Usd(p.TotalUsd) + (p.HasDerivedPrices ? "*" : "") : "—",
        3 => row.InputTokens?.ToString("N0", CultureInfo.InvariantCulture) ?? "—",
        4 => row.Cost is { Priced: true } c ? c.Lines.Where(l => l.Component == Core.Cost.CostComponent.Output).Sum(l => l.Tokens).ToString("N0", CultureInfo.InvariantCulture) : "—",
        5 => (row.Tokenizer?.Label ?? "—") + (row.Approximate ? " approx." : ""),
        _ => row.Problem ?? string.Join("; ", row.Cost?.Notes ?? []),
    };
}
