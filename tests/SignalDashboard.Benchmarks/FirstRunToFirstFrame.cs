using SignalDashboard.Composition;
using SignalDashboard.Configuration;
using SignalDashboard.Dashboard;
using SignalDashboard.Storage;
using SignalDashboard.Tui;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;

namespace SignalDashboard.Benchmarks;

/// <summary>
/// What a user waits for on the very first start: a first run on an empty store (with or without the bundled
/// genai-prices history), then everything the dashboard reads before it draws (<see cref="DashboardStartup"/>, as the
/// launcher does), then the shell built and the first frame drawn headless at 120×40.
/// </summary>
internal static class FirstRunToFirstFrame
{
    /// <summary>Runs it in <paramref name="folder"/> (a new, empty folder used as HOME); returns the screen.</summary>
    public static string Run(string folder, bool history) => Run(folder, history, _ => { });

    /// <param name="phase">Told "store", "data" and "frame" as each phase ends.</param>
    public static string Run(string folder, bool history, Action<string> phase)
    {
        string? Environment(string name) => name switch
        {
            "HOME" => folder,
            "XDG_CONFIG_HOME" => Path.Combine(folder, "config"),
            "XDG_DATA_HOME" => Path.Combine(folder, "data"),
            "XDG_STATE_HOME" => Path.Combine(folder, "state"),
            "XDG_CACHE_HOME" => Path.Combine(folder, "cache"),
            _ => null,
        };
        var feeds = FeedsFolder.Locate();
        var context = new RunContext(TextWriter.Null, TextWriter.Null, new AppPaths(Environment), TimeProvider.System, feeds.Path);
        var db = Path.Combine(folder, "signals.db");
        new StoreBootstrap(() => feeds, TimeProvider.System, bundledHistory: history).Open(db).Dispose();
        phase("store");

        // The dashboard's own start-up on the filled store; no market refresh (no network in a benchmark).
        var start = DashboardStartup.Load(context, db) with { Markets = null };
        phase("data");

        using var app = Application.Create().Init(DriverRegistry.Names.ANSI);
        app.Driver!.SetScreenSize(120, 40);
        using var shell = DashboardFactory.Build(app, start);
        var token = app.Begin(shell)!;
        app.LayoutAndDraw(true);
        var screen = app.Driver.ToString()!;
        app.End(token);
        phase("frame");
        return screen;
    }

    /// <summary>
    /// <c>firstrun [history|none] [RUNS]</c>: each run in a new child process (cold: no JIT or cache warmed by an
    /// earlier run), timed from before the store is created to after the first frame; prints each and the median.
    /// </summary>
    public static void Command(string[] args)
    {
        if (args is [_, "child", var mode, var home])
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var phases = new List<string>();
            var last = 0.0;
            Run(home, mode == "history", name =>
            {
                phases.Add($"{name} {watch.Elapsed.TotalMilliseconds - last:0}");
                last = watch.Elapsed.TotalMilliseconds;
            });
            Console.WriteLine(watch.Elapsed.TotalMilliseconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture));
            Console.WriteLine(string.Join(", ", phases));
            return;
        }
        var history = args.Length < 2 || args[1] != "none";
        var runs = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5;
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var folder = Path.Combine(Path.GetTempPath(), "sigdash-firstrun-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                var start = new System.Diagnostics.ProcessStartInfo(System.Environment.ProcessPath!) { RedirectStandardOutput = true };
                if (!System.Environment.ProcessPath!.EndsWith("SignalDashboard.Benchmarks", StringComparison.Ordinal))
                    start.ArgumentList.Add(typeof(FirstRunToFirstFrame).Assembly.Location);
                foreach (var a in new[] { "firstrun", "child", history ? "history" : "none", folder })
                    start.ArgumentList.Add(a);
                using var child = System.Diagnostics.Process.Start(start)!;
                var lines = child.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
                child.WaitForExit();
                var inside = double.Parse(lines[0], System.Globalization.CultureInfo.InvariantCulture);
                var bytes = Directory.GetFiles(folder, "signals*.db").Sum(f => new FileInfo(f).Length);
                times.Add(inside);
                Console.WriteLine($"run {i + 1}: {inside:0} ms to the first frame (in the process; ms: {lines[1]}), store {bytes:N0} bytes");
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        Console.WriteLine($"{(history ? "with" : "without")} the bundled history, median of {runs}: {times.Order().ElementAt(times.Count / 2):0} ms");
    }
}
