using System.Reflection;
using System.Runtime.InteropServices;

namespace SignalDashboard.ArchitectureTests;

/// <summary>
/// Which assemblies each project may use, read from the compiled assemblies' references (a reference is recorded
/// only when a type of that assembly is used, so a stray <c>using</c> that names nothing is not counted). The .NET
/// shared framework is always allowed. The executable's layers are projects: Application below Tui and the
/// executable; Charts knows no screen; no project but the executable names System.CommandLine, and only Charts and
/// Tui name Terminal.Gui.
/// </summary>
public sealed class ProjectReferenceTests
{
    public static TheoryData<string, string[]> Allowed => new()
    {
        { "SignalDashboard.Core", [] },
        { "SignalDashboard.Tokenizers", ["Microsoft.ML.Tokenizers"] },
        { "SignalDashboard.Storage", ["SignalDashboard.Core", "LiteDB"] },
        { "SignalDashboard.Feeds", ["SignalDashboard.Core", "Microsoft.Extensions.", "Polly.", "Refit", "System.Threading.RateLimiting"] },
        {
            "SignalDashboard.Application",
            ["SignalDashboard.Core", "SignalDashboard.Storage", "SignalDashboard.Feeds", "SignalDashboard.Tokenizers", "Microsoft.Extensions.", "Serilog"]
        },
        { "SignalDashboard.Charts", ["Terminal.Gui"] },
        {
            "SignalDashboard.Tui",
            ["SignalDashboard.Core", "SignalDashboard.Tokenizers", "SignalDashboard.Application", "SignalDashboard.Charts", "Terminal.Gui",
             "Microsoft.Extensions.Logging.Abstractions"]
        },
        {
            "sigdash",
            ["SignalDashboard.Core", "SignalDashboard.Storage", "SignalDashboard.Feeds", "SignalDashboard.Tokenizers", "SignalDashboard.Application",
             "SignalDashboard.Tui", "System.CommandLine"]
        },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void A_project_uses_only_the_assemblies_its_layer_allows(string project, string[] allowedPrefixes)
    {
        var assembly = Projects.All.Single(a => a.GetName().Name == project);

        var outside = NonFrameworkReferences(assembly)
            .Where(name => !allowedPrefixes.Any(prefix => name == prefix || (prefix.EndsWith('.') ? name.StartsWith(prefix, StringComparison.Ordinal) : name.StartsWith(prefix + ".", StringComparison.Ordinal))))
            .ToList();

        Assert.True(outside.Count == 0, $"{project} uses {string.Join(", ", outside)}, which its layer may not (docs/ARCHITECTURE.md)");
    }

    [Fact]
    public void Every_project_of_src_is_stated()
    {
        var stated = Allowed.Select(row => (string)row[0]).ToHashSet();
        var src = Directory.GetDirectories(Path.Combine(TestSupport.RepoPaths.Root, "src"))
            .Select(folder => Directory.GetFiles(folder, "*.csproj").Single())
            .Select(csproj => Path.GetFileNameWithoutExtension(csproj) == "SignalDashboard" ? "sigdash" : Path.GetFileNameWithoutExtension(csproj));

        Assert.Equal(stated.Order(), src.Order());
    }

    [Fact]
    public void The_check_sees_a_reference_the_rule_forbids()
    {
        // Tui uses Terminal.Gui: with Core's rule it would be refused, so the check can fail.
        Assert.Contains("Terminal.Gui", NonFrameworkReferences(Projects.Tui));
    }

    private static IEnumerable<string> NonFrameworkReferences(Assembly assembly)
    {
        var framework = RuntimeEnvironment.GetRuntimeDirectory();
        return assembly.GetReferencedAssemblies()
            .Select(r => r.Name!)
            .Where(name => !File.Exists(Path.Combine(framework, name + ".dll")));
    }
}
