namespace SignalDashboard.Tests;

/// <summary>
/// Tests that run a Terminal.Gui application (headless, ANSI driver) share this collection and run one at a time.
/// Each has its own IApplication, but two applications drawing at the same moment in one process were seen to
/// disturb each other's screen (a line missing from a capture), so they are kept apart.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TerminalGuiCollection
{
    public const string Name = "Terminal.Gui application";
}
