using BenchmarkDotNet.Attributes;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Markets;
using SignalDashboard.Storage;
using SignalDashboard.Tui;
using SignalDashboard.Tui.Markets;
using SignalDashboard.Tui.Shell;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;
using SignalDashboard.Dashboard;

namespace SignalDashboard.Benchmarks;

/// <summary>
/// A full redraw of the Markets screen (table, price chart, volume chart, readout) with 10 assets at 200×60, headless
/// on the ANSI driver: the assets of feeds/markets/assets.json plus a tenth, each with its demo series (365 daily and
/// 720 hourly bars for tokens, 1825 days of weekday bars for equities). The chart shows RENDER over 90 days, or NVDA
/// over all five years (downsampled: more than 1000 bars). The aim: under 16 ms (a 60 Hz frame). Two figures: the whole window
/// forced to redraw (Terminal.Gui's shell views and ANSI output included), and the Markets view drawn alone.
/// </summary>
[MemoryDiagnoser]
public class MarketsRedrawBenchmarks
{
    private static readonly DateOnly Today = new(2026, 11, 27);
    private IApplication _app = null!;
    private DashboardShell _shell = null!;
    private SessionToken _session = null!;
    private MarketsScreen _markets = null!;

    [Params("RENDER 90D", "NVDA All")]
    public string Chart { get; set; } = "RENDER 90D";

    [GlobalSetup]
    public void Setup()
    {
        var feeds = FeedsFolder.Locate();
        var settings = feeds.LoadDemoSettings();
        var assets = feeds.LoadAssets().Assets.ToList();
        assets.Add(assets[0] with { Symbol = "TEN", Name = "Tenth asset" });
        var entries = assets.Select(a =>
        {
            var demo = DemoMarket.Generate(a.Symbol, settings, a.HistoryDays, a.HourlyDays, Today, a.Kind == AssetKind.Equity);
            return new MarketEntry(a, demo.Daily, demo.Hourly);
        }).ToList();

        _app = Application.Create().Init(DriverRegistry.Names.ANSI);
        _app.Driver!.SetScreenSize(200, 60);
        var data = new DashboardData(feeds.LoadCatalog(), [], [], Today, Markets: entries);
        _shell = DashboardFactory.Build(_app, NoAnnotations.Start(data));
        _session = _app.Begin(_shell)!;
        _markets = _shell.Screens.OfType<MarketsScreen>().Single();
        _shell.Show(_markets);
        _app.LayoutAndDraw(true);
        if (Chart.StartsWith("NVDA", StringComparison.Ordinal))
        {
            for (var row = 0; row < entries.Count && _markets.State.Selected?.Asset.Symbol != "NVDA"; row++)
                _app.InjectKey(Key.CursorDown);
            if (_markets.State.Selected?.Asset.Symbol != "NVDA")
                throw new InvalidOperationException("the Markets table did not reach NVDA");
            _app.InjectKey(new Key('5'));
        }
        _app.LayoutAndDraw(true);
    }

    /// <summary>Everything on screen forced to redraw: the shell (title, tabs, status bar), the Markets view, and the driver's output.</summary>
    [Benchmark]
    public void RedrawWholeWindow() => _app.LayoutAndDraw(true);

    /// <summary>The Markets view alone (table, charts, readout) drawn into the driver's buffer: what this screen costs.</summary>
    [Benchmark]
    public void DrawMarketsView()
    {
        _markets.View.SetNeedsDraw();
        _markets.View.Draw();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _app.End(_session);
        _shell.Dispose();
        _app.Dispose();
    }
}
