namespace SignalDashboard.Tests.Import;

/// <summary>Compares lists of changes as multisets, reporting what is missing and what is extra.</summary>
internal static class ChangeSets
{
    public static void AssertSame(IReadOnlyCollection<ExpectedChange> expected, IReadOnlyCollection<ExpectedChange> actual, string what)
    {
        var missing = Minus(expected, actual);
        var extra = Minus(actual, expected);
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"{what}: expected {expected.Count}, got {actual.Count}; {missing.Count} missing, {extra.Count} extra\n" +
            string.Join("\n", missing.Take(15).Select(c => $"  missing {c}")) + "\n" +
            string.Join("\n", extra.Take(15).Select(c => $"  extra   {c}")));
    }

    private static List<ExpectedChange> Minus(IEnumerable<ExpectedChange> a, IEnumerable<ExpectedChange> b)
    {
        var counts = b.GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        var left = new List<ExpectedChange>();
        foreach (var change in a)
        {
            if (counts.TryGetValue(change, out var n) && n > 0) counts[change] = n - 1;
            else left.Add(change);
        }
        return left;
    }
}
