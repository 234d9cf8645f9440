namespace SignalDashboard.Charts;

/// <summary>What a cell of a rendered chart shows; the view picks a colour per role.</summary>
public enum ChartRole
{
    Empty,
    Title,
    Axis,
    Label,
    Legend,
    Series,
    Marker,
    Guide,
    Cursor,
    Message,
}
