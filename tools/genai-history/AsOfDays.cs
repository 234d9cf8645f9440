namespace SignalDashboard.Tools.GenaiHistory;

/// <summary>
/// Which version of the price list stands for each day: the live file is <c>prices/data.json</c> until the first
/// commit of <c>prices/new_data/v2/data.json</c> (2026-07-30), then v2; of each committer day, the last version
/// committed: the state at the end of that day.
/// </summary>
internal static class AsOfDays
{
    public const string V1 = "prices/data.json";
    public const string V2 = "prices/new_data/v2/data.json";

    /// <param name="v1">Versions of <see cref="V1"/>, newest first (as git log gives them).</param>
    /// <param name="v2">Versions of <see cref="V2"/>, newest first.</param>
    public static IReadOnlyList<GitRepository.FileVersion> Choose(IReadOnlyList<GitRepository.FileVersion> v1, IReadOnlyList<GitRepository.FileVersion> v2)
    {
        var v2Start = v2.Count == 0 ? DateTimeOffset.MaxValue : v2.Min(v => v.CommittedAt);
        // Newest first within each file; a stable sort by time keeps git's order for commits of the same second.
        var live = v1.Where(v => v.CommittedAt < v2Start).Concat(v2).OrderByDescending(v => v.CommittedAt).ToList();
        var days = new List<GitRepository.FileVersion>();
        var seen = new HashSet<DateOnly>();
        foreach (var version in live)
        {
            if (seen.Add(version.CommitterDay))
                days.Add(version);
        }
        days.Reverse();
        for (var i = 1; i < days.Count; i++)
        {
            // Committer days follow commit time unless someone's clock or offset runs far behind; a day out of order
            // would date a change before the change it follows.
            if (days[i].CommitterDay <= days[i - 1].CommitterDay)
                throw new InvalidOperationException($"commit {days[i].Commit} ({days[i].CommitterDay:yyyy-MM-dd}) is dated before {days[i - 1].Commit} ({days[i - 1].CommitterDay:yyyy-MM-dd})");
        }
        return days;
    }
}
