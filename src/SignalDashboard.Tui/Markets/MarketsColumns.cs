using System.Globalization;
using SignalDashboard.Charts;
using SignalDashboard.Composition;
using SignalDashboard.Dashboard;
using SignalDashboard.Presentation;
using SignalDashboard.Tui.Tables;

namespace SignalDashboard.Tui.Markets;

/// <summary>The columns of the assets table, in display order.</summary>
public enum MarketsColumn
{
    Symbol,
    Name,
    Data,
    Feed,
    Price,
    Change24h,
    Change7d,
    Change30d,
    Volume,
    VolumeChange,
}

/// <summary>One row of the assets table: an asset and the status of its daily feed (null when the store has none).</summary>
public sealed record AssetRow(MarketEntry Entry, MarketFeedRow? Feed);

/// <summary>The assets table's columns: what each shows of a <see cref="AssetRow"/>, and its look.</summary>
public static class MarketsColumns
{
    public static readonly IReadOnlyList<TableColumn<MarketsColumn, AssetRow>> All =
    [
        new(MarketsColumn.Symbol, "Symbol", r => r.Entry.Asset.Symbol),
        new(MarketsColumn.Name, "Name", r => r.Entry.Asset.Name) { MaxWidth = 22 },
        new(MarketsColumn.Data, "Data", r => r.Entry.DataLabel) { Tone = CellTones.Demo },
        new(MarketsColumn.Feed, "Feed", r => FeedWord(r.Feed)) { Tone = FeedTone },
        new(MarketsColumn.Price, "Price", r => Price(r.Entry.Stats.LastPrice)) { AlignRight = true },
        new(MarketsColumn.Change24h, "24h Δ", r => Percent(r.Entry.Stats.Change24h)) { AlignRight = true, Tone = CellTones.Signed },
        new(MarketsColumn.Change7d, "7d Δ", r => Percent(r.Entry.Stats.Change7d)) { AlignRight = true, Tone = CellTones.Signed },
        new(MarketsColumn.Change30d, "30d Δ", r => Percent(r.Entry.Stats.Change30d)) { AlignRight = true, Tone = CellTones.Signed },
        new(MarketsColumn.Volume, "Volume", r => Volume(r.Entry.Stats.Volume)) { AlignRight = true },
        new(MarketsColumn.VolumeChange, "Vol Δ", r => Percent(r.Entry.Stats.VolumeChange)) { AlignRight = true, Tone = CellTones.Signed },
    ];

    /// <summary>A cell as the table shows it (sanitized).</summary>
    public static string Cell(AssetRow row, MarketsColumn column) => TerminalText.Sanitize(All.Of(column).Cell(row));

    public static string Price(decimal? value) => PriceFormat.Asset(value);

    public static string Volume(decimal? value) => value is { } v ? ChartValueFormat.Usd.Format((double)v) : "—";

    public static string Percent(decimal? value) =>
        value is { } v ? Math.Round(v, 1).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + "%" : "—";

    /// <summary>ok / stale / failed / waiting; a dash for a feed never fetched.</summary>
    private static string FeedWord(MarketFeedRow? feed) =>
        feed is null || feed.Status.Health == FeedHealth.NotFetched ? "—" : feed.Status.Word;

    private static CellTone FeedTone(string word) => word switch
    {
        "failed" => CellTone.Bad,
        "stale" or "waiting" => CellTone.Caution,
        _ => CellTone.Plain,
    };
}
