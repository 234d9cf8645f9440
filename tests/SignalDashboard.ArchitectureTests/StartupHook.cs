/// <summary>
/// A .NET startup hook (DOTNET_STARTUP_HOOKS) that <see cref="SignalDashboard.ArchitectureTests.CliPathTests"/> puts
/// into a real sigdash process: when the process exits it writes the names of every assembly it loaded to the file
/// named by SIGDASH_TEST_LOADED_ASSEMBLIES. The runtime wants this type in the global namespace; it uses nothing
/// but the BCL, so none of this test assembly's own references is loaded into sigdash.
/// </summary>
internal static class StartupHook
{
    public const string OutputVariable = "SIGDASH_TEST_LOADED_ASSEMBLIES";

    public static void Initialize()
    {
        var output = Environment.GetEnvironmentVariable(OutputVariable);
        if (string.IsNullOrEmpty(output)) return;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            File.WriteAllLines(output, AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name ?? ""));
    }
}
