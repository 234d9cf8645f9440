using ArchUnitNET.Domain;
using ArchUnitNET.Fluent;
using ArchUnitNET.Loader;
using ArchUnitNET.xUnit;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace SignalDashboard.ArchitectureTests;

/// <summary>
/// The rule inside the layers, by namespace (docs/ARCHITECTURE.md): in the application layer Dashboard →
/// Composition → Configuration, and Presentation, Configuration and Logging know none of the others; the CLI never
/// names the dashboard (only Program does, in a lambda); Charts knows no screen and only its view draws with
/// Terminal.Gui; a screen's state object decides what the screen shows without Terminal.Gui.
/// </summary>
public sealed class LayerRuleTests
{
    private static readonly Architecture Code = new ArchLoader().LoadAssemblies(Projects.All).Build();

    /// <summary>The types of these namespaces and those below them.</summary>
    private static IObjectProvider<IType> In(params string[] namespaces) =>
        Types().That().ResideInNamespaceMatching($@"^({string.Join("|", namespaces.Select(n => n.Replace(".", @"\.")))})(\..+)?$")
            .As(string.Join(", ", namespaces));

    [Fact]
    public void Presentation_is_pure_formatting() =>
        Types().That().ResideInNamespaceOrBelow("SignalDashboard.Presentation").Should()
            .NotDependOnAny(In("SignalDashboard.Composition", "SignalDashboard.Dashboard", "SignalDashboard.Configuration", "SignalDashboard.Logging"))
            .Check(Code);

    [Fact]
    public void Configuration_knows_no_use_case() =>
        Types().That().ResideInNamespaceOrBelow("SignalDashboard.Configuration").Should()
            .NotDependOnAny(In("SignalDashboard.Composition", "SignalDashboard.Dashboard", "SignalDashboard.Presentation", "SignalDashboard.Logging"))
            .Check(Code);

    [Fact]
    public void Logging_knows_no_use_case() =>
        Types().That().ResideInNamespaceOrBelow("SignalDashboard.Logging").Should()
            .NotDependOnAny(In("SignalDashboard.Composition", "SignalDashboard.Dashboard", "SignalDashboard.Presentation", "SignalDashboard.Configuration"))
            .Check(Code);

    [Fact]
    public void Composition_does_not_know_the_dashboard() =>
        Types().That().ResideInNamespaceOrBelow("SignalDashboard.Composition").Should()
            .NotDependOnAny(In("SignalDashboard.Dashboard"))
            .Check(Code);

    [Fact]
    public void The_CLI_never_names_the_dashboard() =>
        Types().That().ResideInNamespaceOrBelow("SignalDashboard.Cli").Should()
            .NotDependOnAny(In("SignalDashboard.Tui", "SignalDashboard.Charts", "SignalDashboard.Dashboard"))
            .AndShould().NotDependOnAnyTypesThat().ResideInNamespaceOrBelow("Terminal.Gui")
            .Check(Code);

    [Fact]
    public void Charts_know_no_screen_and_only_the_view_uses_Terminal_Gui() =>
        Types().That().ResideInNamespaceOrBelow("SignalDashboard.Charts").And().DoNotHaveName("ChartView").And().DoNotHaveName("ChartColors")
            .Should().NotDependOnAnyTypesThat().ResideInNamespaceOrBelow("Terminal.Gui")
            .Check(Code);

    [Fact]
    public void A_screens_state_decides_without_Terminal_Gui() =>
        Classes().That().ResideInNamespaceOrBelow("SignalDashboard.Tui").And().HaveNameEndingWith("State")
            .Should().NotDependOnAnyTypesThat().ResideInNamespaceOrBelow("Terminal.Gui")
            .Check(Code);
}
