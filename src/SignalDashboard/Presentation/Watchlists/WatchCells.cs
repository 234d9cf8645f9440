namespace SignalDashboard.Presentation.Watchlists;

/// <summary>A watch row's values as display text (the CLI table and the Watchlists screen).</summary>
public static class WatchCells
{
    public static readonly IReadOnlyList<string> Headers = ["Item", "Name", "Data", "Price", "24h Δ", "7d Δ", "In/1M", "Out/1M", "Last change"];

    public static string Cell(WatchRow row, int column) => column switch
    {
        0 => row.Item.Key,
        1 => row.Name,
        2 => row.Data,
        3 => Price(row),
        4 => PriceFormat.Percent(row.Change24h),
        5 => PriceFormat.Percent(row.Change7d),
        6 => PriceFormat.Usd(row.InputPerMillion),
        7 => PriceFormat.Usd(row.OutputPerMillion),
        8 => row.LastEvent ?? "",
        _ => "",
    };

    /// <summary>An asset's price in USD; a model's input price per 1M tokens ("$5.00/1M").</summary>
    public static string Price(WatchRow row) =>
        row.Price is null ? PriceFormat.Missing : row.Item.IsModel ? PriceFormat.Usd(row.Price) + "/1M" : PriceFormat.Asset(row.Price);
}
