namespace SignalDashboard.Tui.Tables;

/// <summary>What a cell's colour says, apart from the colour itself (the screen picks it).</summary>
public enum CellTone
{
    /// <summary>The table's own colour.</summary>
    Plain,

    /// <summary>A rise, a free model: bright green.</summary>
    Good,

    /// <summary>A cheap model: green.</summary>
    Mild,

    /// <summary>Demo data, a stale or waiting feed, a mid-priced model: bright yellow.</summary>
    Caution,

    /// <summary>A fall, a failed feed, a top-priced model: bright red.</summary>
    Bad,
}

/// <summary>The tones the tables share.</summary>
public static class CellTones
{
    /// <summary>"+3.2%" rises, "-1.0%" falls; anything else is plain.</summary>
    public static CellTone Signed(string text) => text switch
    {
        ['+', ..] => CellTone.Good,
        ['-', ..] => CellTone.Bad,
        _ => CellTone.Plain,
    };

    /// <summary>Generated data is marked, so it is never taken for real prices.</summary>
    public static CellTone Demo(string text) => text == "DEMO" ? CellTone.Caution : CellTone.Plain;
}
