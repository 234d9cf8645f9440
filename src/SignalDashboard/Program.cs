using SignalDashboard.Cli;
using SignalDashboard.Composition;
using SignalDashboard.Tui;

// The dashboard is started through a lambda so that quick CLI commands never load Terminal.Gui.
var context = RunContext.FromProcess();
return SigdashCli.Run(args, context, db => DashboardLauncher.Run(context, db));
