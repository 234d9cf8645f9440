using BenchmarkDotNet.Attributes;
using SignalDashboard.Configuration;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Dashboard;
using SignalDashboard.Storage;
using SignalDashboard.Tui;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;

namespace SignalDashboard.Benchmarks;

/// <summary>
/// What the user waits for after the store is open: building the shell with the Catalog screen and drawing the
/// first frame, headless on the ANSI driver at 120×40 (the size of the smoke test).
/// </summary>
[MemoryDiagnoser]
public class FirstFrameBenchmarks
{
    private static readonly DateOnly Today = new(2026, 11, 27);
    private ModelCatalog _catalog = ModelCatalog.Empty;

    [GlobalSetup]
    public void Setup() => _catalog = FeedsFolder.Locate().LoadCatalog();

    [Benchmark]
    public string BuildShellAndDrawFirstFrame()
    {
        using var app = Application.Create().Init(DriverRegistry.Names.ANSI);
        app.Driver!.SetScreenSize(120, 40);
        var data = new DashboardData(_catalog, [], [], Today);
        using var shell = DashboardFactory.Build(app, NoAnnotations.Start(data));
        var session = app.Begin(shell)!;
        app.LayoutAndDraw(true);
        var screen = app.Driver.ToString()!;
        app.End(session);
        return screen;
    }
}

/// <summary>The benchmark draws; it never saves an annotation.</summary>
internal sealed class NoAnnotations : IAnnotationStore
{
    public static readonly NoAnnotations Instance = new();

    /// <summary>A dashboard that shows <paramref name="data"/> and writes nothing: no services, no refresh.</summary>
    public static DashboardStart Start(DashboardData data) =>
        new(data, Instance, new DashboardServices(), null, TimeProvider.System, AppConfig.Default, "");

    public SignalDashboard.Core.Catalog.Events.Annotation Add(SignalDashboard.Core.Catalog.Events.Annotation annotation) => throw new NotSupportedException();
    public void Update(SignalDashboard.Core.Catalog.Events.Annotation annotation) => throw new NotSupportedException();
    public bool Delete(long id) => throw new NotSupportedException();
}
