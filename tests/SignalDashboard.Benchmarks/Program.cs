using BenchmarkDotNet.Running;

namespace SignalDashboard.Benchmarks;

/// <summary>
/// Entry point: every benchmark class in this assembly, chosen with BenchmarkDotNet's switcher
/// (<c>--filter '*Catalog*'</c>, <c>--list flat</c>, or an interactive menu when no filter is given).
/// Whole-process start-up is timed separately by <c>Startup/measure-startup.sh</c>.
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
