namespace SignalDashboard.Core.Alerts;

/// <summary>What an alert watches. Names are the CLI's and the store's spelling (see <see cref="AlertKinds"/>).</summary>
public enum AlertKind
{
    /// <summary>The latest price is above the threshold (USD; a model's standard input price per 1M tokens).</summary>
    PriceAbove,

    /// <summary>The latest price is below the threshold.</summary>
    PriceBelow,

    /// <summary>The price moved by at least the threshold (percent, either way) over the window.</summary>
    Change,

    /// <summary>The latest bar's volume is at least threshold × the mean volume of the bars in the window before it.</summary>
    VolumeSpike,

    /// <summary>Any price of the model in the catalog changed (models only; no threshold).</summary>
    CatalogChange,
}

public static class AlertKinds
{
    public static readonly IReadOnlyList<string> Names = ["above", "below", "change", "volume", "catalog"];

    public static string Name(this AlertKind kind) => Names[(int)kind];

    public static bool TryParse(string? name, out AlertKind kind)
    {
        var index = Names.ToList().IndexOf(name ?? "");
        kind = (AlertKind)Math.Max(index, 0);
        return index >= 0;
    }

    /// <summary>The window a kind uses when none is given: a day for Δ%, a week of bars for a volume spike.</summary>
    public static TimeSpan? DefaultWindow(this AlertKind kind) => kind switch
    {
        AlertKind.Change => TimeSpan.FromDays(1),
        AlertKind.VolumeSpike => TimeSpan.FromDays(7),
        _ => null,
    };
}
