using SignalDashboard.Core.Usage;
using SignalDashboard.TestSupport;
using static SignalDashboard.Storage.Tests.Fixtures;

namespace SignalDashboard.Storage.Tests;

public sealed class UsageRepositoryTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private T With<T>(Func<UsageRepository, T> action)
    {
        using var store = SignalStore.Open(_temp.File("signals.db"), new ManualClock(T0));
        return action(new UsageRepository(store));
    }

    private static UsageRecord Day(string source, string model, int month, int day, long input) =>
        new(source, model, new DateOnly(2026, month, day), input, input / 4, 10, 3);

    [Fact]
    public void Records_across_months_read_back_after_a_reopen()
    {
        UsageRecord[] records = [Day("csv", "gpt-4o-mini", 1, 31, 1000), Day("csv", "gpt-4o-mini", 2, 1, 2000), Day("work", "claude-opus-4-6", 2, 1, 5)];

        var result = With(r => r.Save(records));

        Assert.Equal(new UsageSaveResult(3, 0), result);
        Assert.Equal(records.OrderBy(r => r.Source, StringComparer.Ordinal).ThenBy(r => r.Model).ThenBy(r => r.Day), With(r => r.Read()));
        Assert.Equal([records[2]], With(r => r.Read("work")));
        Assert.Equal(new DateOnly(2026, 2, 1), With(r => r.LastDay("csv")));
        var sources = With(r => r.Sources());
        Assert.Equal(new UsageSourceInfo("csv", 1, 2, new DateOnly(2026, 1, 31), new DateOnly(2026, 2, 1)), sources[0]);
    }

    [Fact]
    public void Saving_the_same_day_again_replaces_it_and_keeps_the_other_days()
    {
        With(r => r.Save([Day("csv", "m", 3, 1, 100), Day("csv", "m", 3, 2, 200)]));

        var result = With(r => r.Save([Day("csv", "m", 3, 2, 999), Day("csv", "m", 3, 3, 300)]));

        Assert.Equal(new UsageSaveResult(1, 1), result);
        Assert.Equal([100L, 999L, 300L], With(r => r.Read()).Select(x => x.InputTokens));
    }

    [Fact]
    public void Demo_usage_is_never_stored()
    {
        Assert.Throws<ArgumentException>(() => With(r => r.Save([Day("demo", "m", 1, 1, 1)])));
        Assert.Empty(With(r => r.Read()));
    }
}
