using System.Reflection;

namespace SignalDashboard.ArchitectureTests;

/// <summary>The assemblies of src/, each found through a type it holds.</summary>
internal static class Projects
{
    public static readonly Assembly Core = typeof(Core.Catalog.ModelCatalog).Assembly;
    public static readonly Assembly Tokenizers = typeof(Tokenizers.Registry.TokenizerRegistry).Assembly;
    public static readonly Assembly Storage = typeof(Storage.SignalStore).Assembly;
    public static readonly Assembly Feeds = typeof(Feeds.Markets.MarketFetcher).Assembly;
    public static readonly Assembly Application = typeof(Composition.RunContext).Assembly;
    public static readonly Assembly Charts = typeof(Charts.ChartRenderer).Assembly;
    public static readonly Assembly Tui = typeof(Tui.DashboardLauncher).Assembly;
    public static readonly Assembly Executable = typeof(Cli.SigdashCli).Assembly;

    public static readonly Assembly[] All = [Core, Tokenizers, Storage, Feeds, Application, Charts, Tui, Executable];
}
