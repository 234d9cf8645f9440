using SignalDashboard.Composition;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Tests.Cli;
using SignalDashboard.Tui;
using SignalDashboard.Tui.Catalog;
using SignalDashboard.Tui.Elasticity;
using SignalDashboard.Tui.Overview;
using SignalDashboard.Tui.CostLab;
using SignalDashboard.TestSupport;
using SignalDashboard.Tui.Events;
using SignalDashboard.Tui.Markets;
using SignalDashboard.Tui.Shell;
using SignalDashboard.Tui.Watch;
using SignalDashboard.Tui.Watchlists;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;
using SignalDashboard.Dashboard;

namespace SignalDashboard.Tests.Ui;

/// <summary>
/// The real dashboard on Terminal.Gui's ANSI driver, in-process and headless, over a real store in a temp folder
/// (first run: filled from feeds/): press keys by name, read the screen as text. Each harness owns its own
/// <see cref="IApplication"/> and store.
/// </summary>
internal sealed class DashboardHarness : IDisposable
{
    public static readonly DateOnly Today = new(2026, 11, 27);

    private readonly TestCli _cli = new();
    private readonly IApplication _app;
    private readonly SessionToken _session;

    /// <param name="prepare">Runs sigdash commands on the store before the dashboard reads it (imports, annotations).</param>
    /// <param name="markets">The market refresh (a fake in tests); null: none, as no test may reach the network.</param>
    /// <param name="clock">The application's clock (a <see cref="Terminal.Gui.Time.VirtualTimeProvider"/> to drive its timers); null: the system's.</param>
    /// <param name="sharedTokenizers">
    /// The Cost lab finds the tokenizer.json files of ../shared (SIGDASH_TOKENIZERS); false: none configured and an
    /// empty cache, as on a fresh machine (deepseek-v3, qwen3, llama3 not installed).
    /// </param>
    /// <param name="startOnCatalog">
    /// Show the Catalog tab before the test starts, as a user does with <c>]</c> from the Overview (the home tab): the
    /// tests written before the Overview existed start there. False leaves the dashboard on its home tab.
    /// </param>
    public DashboardHarness(int width, int height, Action<TestCli>? prepare = null, MarketRefreshSettings? markets = null,
        Terminal.Gui.Time.ITimeProvider? clock = null, TimeProvider? time = null, bool startOnCatalog = true, bool sharedTokenizers = true)
    {
        prepare?.Invoke(_cli);
        // The Cost lab finds the tokenizer.json files of ../shared, or none as on a fresh machine.
        if (sharedTokenizers) _cli.Environment["SIGDASH_TOKENIZERS"] = Path.Combine(RepoPaths.Shared, "tokenizers");
        var start = DashboardStartup.Load(_cli.Context, dbOption: null);
        // The real start-up, with only what must not reach the outside replaced: the market feeds (a fake, or none:
        // no test may reach the network), the clock when a test drives it, and the bell (counted).
        start = start with
        {
            Markets = markets,
            Time = time ?? start.Time,
            Services = start.Services with { Bell = () => Bells++ },
        };
        Catalog = start.Data.Catalog;
        ExportFolder = start.Services.Exporter!.Folder;

        _app = (clock is null ? Application.Create() : Application.Create(clock)).Init(DriverRegistry.Names.ANSI);
        _app.Driver!.SetScreenSize(width, height);
        Shell = DashboardFactory.Build(_app, start);
        _session = _app.Begin(Shell)!;
        if (startOnCatalog) Shell.Show(CatalogScreen);
        _app.LayoutAndDraw(true);
    }

    public CostLabScreen CostLabScreen => Shell.Screens.OfType<CostLabScreen>().Single();

    /// <summary>The sigdash command line on the same store (to check what the dashboard saved).</summary>
    public TestCli Cli => _cli;

    public ModelCatalog Catalog { get; }
    public DashboardShell Shell { get; }
    public CatalogScreen CatalogScreen => Shell.Screens.OfType<CatalogScreen>().Single();

    public EventsScreen EventsScreen => Shell.Screens.OfType<EventsScreen>().Single();

    public MarketsScreen MarketsScreen => Shell.Screens.OfType<MarketsScreen>().Single();

    public OverviewScreen OverviewScreen => Shell.Screens.OfType<OverviewScreen>().Single();

    public ElasticityScreen ElasticityScreen => Shell.Screens.OfType<ElasticityScreen>().Single();

    public WatchlistsScreen WatchlistsScreen => Shell.Screens.OfType<WatchlistsScreen>().Single();

    /// <summary>Where <c>e</c> writes (the export folder of the temp home).</summary>
    public string ExportFolder { get; }

    /// <summary>How many times the dashboard rang the bell.</summary>
    public int Bells { get; private set; }

    public DashboardHarness Press(Key key)
    {
        _app.InjectKey(key);
        _app.LayoutAndDraw(true);
        return this;
    }

    public DashboardHarness Press(char c) => Press(new Key(c));

    /// <summary>Runs what is due on the application's timers and Invoke queue (as its main loop would), then redraws.</summary>
    public DashboardHarness Pump()
    {
        _app.TimedEvents?.RunTimers();
        _app.LayoutAndDraw(true);
        return this;
    }

    /// <summary>Pumps until <paramref name="done"/> holds (background work handing its result to the UI thread), at most <paramref name="seconds"/> s.</summary>
    public DashboardHarness PumpUntil(Func<bool> done, int seconds = 10)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (!done())
        {
            if (DateTime.UtcNow > until) throw new TimeoutException($"the UI did not get there within {seconds} s");
            Thread.Sleep(10);
            Pump();
        }
        return this;
    }

    public DashboardHarness Type(string text)
    {
        foreach (var c in text) _app.InjectKey(new Key(c));
        _app.LayoutAndDraw(true);
        return this;
    }

    public DashboardHarness Resize(int width, int height)
    {
        _app.Driver!.SetScreenSize(width, height);
        _app.LayoutAndDraw(true);
        return this;
    }

    /// <summary>The whole screen, one line per row.</summary>
    public string Screen => _app.Driver!.ToString()!;

    public IReadOnlyList<string> Lines => Screen.Split('\n');

    /// <summary>Screen rows that show a model of the catalog, in screen order (by display name).</summary>
    public IReadOnlyList<string> ModelRowsOnScreen(int tableRows = 20) =>
        Lines.Where(line => Catalog.Models.Any(m => line.Contains($" {m.DisplayName} ", StringComparison.Ordinal)
                                                     && line.Contains(m.Provider, StringComparison.Ordinal)))
             .Take(tableRows)
             .ToList();

    public bool StopRequested => Shell.StopRequested;

    public void Dispose()
    {
        _app.End(_session);
        Shell.Dispose();
        _app.Dispose();
        _cli.Dispose();
    }

    private StoreSession OpenStore() => StoreSession.Open(_cli.Context, dbOption: null);
}
