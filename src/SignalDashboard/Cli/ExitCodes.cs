using SignalDashboard.Composition;

namespace SignalDashboard.Cli;

/// <summary>Process exit codes: the scripting contract of every sigdash command.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>The input or the store is bad (a malformed file, a foreign --db, a newer schema).</summary>
    public const int DataError = 1;
    /// <summary>The command line is wrong (unknown option, bad value).</summary>
    public const int UsageError = 2;
}
