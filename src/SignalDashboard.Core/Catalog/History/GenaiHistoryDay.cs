namespace SignalDashboard.Core.Catalog.History;

/// <summary>
/// One as-of day of the genai-prices history: the last version of the price file committed that day (the
/// committer's date), which commit and which file (<c>prices/data.json</c>, from 2026-07-30
/// <c>prices/new_data/v2/data.json</c>).
/// </summary>
public sealed record GenaiHistoryDay(DateOnly Day, string Commit, string File);
