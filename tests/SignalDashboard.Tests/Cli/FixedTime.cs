namespace SignalDashboard.Tests.Cli;

/// <summary>A clock stopped at one instant (Microsoft.Extensions.TimeProvider.Testing is not referenced).</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    /// <summary>The day these tests run "on": long after every quote of the bundled catalog.</summary>
    public static FixedTime Default { get; } = new(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}
