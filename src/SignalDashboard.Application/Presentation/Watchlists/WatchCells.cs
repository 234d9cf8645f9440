namespace SignalDashboard.Presentation.Watchlists;

/// <summary>A watch row's values as display text (the CLI table and the Watchlists screen).</summary>
public static class WatchCells
{
    public static readonly IReadOnlyList<string> Headers = ["Item", "Name", "Data", "Price", "24h Δ", "7d Δ", "In/1M", "Out/1M", "Last change"];

    /// <summary>Every column, in full: for a table of <see cref="WatchLayout.FullWidth"/> columns and more (and the CLI).</summary>
    public static readonly IReadOnlyList<int> All = Enumerable.Range(0, Headers.Count).ToArray();

    /// <summary>
    /// The columns of a narrow table (80 columns): the name goes (the item says what it is) and In/1M (a model's
    /// Price is its input price per 1M), so Out/1M and the last change fit.
    /// </summary>
    public static readonly IReadOnlyList<int> Narrow = [0, 2, 3, 4, 5, 7, 8];

    /// <param name="layout">Short forms where space is short (null: full text).</param>
    public static string Cell(WatchRow row, int column, WatchLayout? layout = null) => column switch
    {
        0 when layout?.ShortNames == true && row.Item.IsModel => row.Item.Model.Model,
        0 => row.Item.Key,
        1 => row.Name,
        2 when layout?.ShortNames == true && row.Data.StartsWith("LIVE-", StringComparison.Ordinal) => "LIVE",
        2 => row.Data,
        8 when layout?.ShortChange == true => row.LastEventShort ?? row.LastEvent ?? "",
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

/// <summary>
/// Which columns a watchlist table of a given width shows and in which form: all in full from
/// <see cref="FullWidth"/> columns; all with the short last change ("2026-03-23 write -67%") from
/// <see cref="AllColumnsWidth"/>; below, <see cref="WatchCells.Narrow"/> with short forms (a model's id without its
/// provider, "LIVE" for "LIVE-provider").
/// </summary>
public sealed record WatchLayout(IReadOnlyList<int> Columns, bool ShortNames, bool ShortChange)
{
    public const int FullWidth = 130;
    public const int AllColumnsWidth = 106;

    public static readonly WatchLayout Full = new(WatchCells.All, false, false);
    public static readonly WatchLayout AllShortChange = new(WatchCells.All, false, true);
    public static readonly WatchLayout Narrow = new(WatchCells.Narrow, true, true);

    /// <param name="width">The table's inner width.</param>
    /// <summary>The widest the item column may be: ids in full when there is room (a model's id is what tells it apart).</summary>
    public static int ItemWidth(WatchLayout layout, int width) =>
        layout.ShortNames ? 20 : Math.Clamp(24 + width - (layout.ShortChange ? AllColumnsWidth : FullWidth - 10), 24, 34);

    public static WatchLayout For(int width) => width >= FullWidth ? Full : width >= AllColumnsWidth ? AllShortChange : Narrow;
}
