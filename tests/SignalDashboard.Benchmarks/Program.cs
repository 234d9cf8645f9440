using BenchmarkDotNet.Running;

namespace SignalDashboard.Benchmarks;

/// <summary>
/// Entry point: every benchmark class in this assembly, chosen with BenchmarkDotNet's switcher
/// (<c>--filter '*Catalog*'</c>, <c>--list flat</c>, or an interactive menu when no filter is given).
/// Whole-process start-up is timed separately by <c>Startup/measure-startup.sh</c>; <c>paired [ROUNDS]</c> runs the
/// alternating tokenizer comparison (<see cref="Tokenizers.PairedTokenizerComparison"/>); <c>firstrun [history|none]
/// [RUNS]</c> times a first run to the first frame in new processes (<see cref="FirstRunToFirstFrame"/>).
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["firstrun", ..])
        {
            FirstRunToFirstFrame.Command(args);
            return;
        }
        if (args is ["paired", ..])
        {
            Tokenizers.PairedTokenizerComparison.Run(args.Length > 1 ? int.Parse(args[1]) : 101);
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
