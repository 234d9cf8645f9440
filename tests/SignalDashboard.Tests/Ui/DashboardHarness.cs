using SignalDashboard.Core.Catalog;
using SignalDashboard.Storage;
using SignalDashboard.TestSupport;
using SignalDashboard.Tui;
using SignalDashboard.Tui.Catalog;
using SignalDashboard.Tui.Shell;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;

namespace SignalDashboard.Tests.Ui;

/// <summary>
/// The real dashboard on Terminal.Gui's ANSI driver, in-process and headless: press keys by name, read the
/// screen as text. Each harness owns its own <see cref="IApplication"/>, so tests run in parallel.
/// </summary>
public sealed class DashboardHarness : IDisposable
{
    public static readonly DateOnly Today = new(2026, 11, 27);

    private readonly IApplication _app;
    private readonly SessionToken _session;

    public DashboardHarness(int width, int height, ModelCatalog? catalog = null)
    {
        _app = Application.Create().Init(DriverRegistry.Names.ANSI);
        _app.Driver!.SetScreenSize(width, height);
        Catalog = catalog ?? BundledCatalog.Value;
        Shell = DashboardFactory.Build(_app, Catalog, Today);
        _session = _app.Begin(Shell)!;
        _app.LayoutAndDraw(true);
    }

    public ModelCatalog Catalog { get; }
    public DashboardShell Shell { get; }
    public CatalogScreen CatalogScreen => (CatalogScreen)Shell.ActiveScreen;

    public DashboardHarness Press(Key key)
    {
        _app.InjectKey(key);
        _app.LayoutAndDraw(true);
        return this;
    }

    public DashboardHarness Press(char c) => Press(new Key(c));

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
    }

    private static class BundledCatalog
    {
        public static readonly ModelCatalog Value = new FeedsFolder(RepoPaths.Feeds).LoadCatalog();
    }
}
