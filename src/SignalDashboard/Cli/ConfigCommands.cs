using System.CommandLine;
using System.Text;
using SignalDashboard.Configuration;
using SignalDashboard.Storage;
using SignalDashboard.Composition;

namespace SignalDashboard.Cli;

/// <summary><c>sigdash config path|show</c>: where the config file is and what is in effect (keys masked).</summary>
public static class ConfigCommands
{
    public static Command Build(RunContext context, Option<string?> db)
    {
        var config = new Command("config", "Where the configuration lives and what is in effect.");

        var path = new Command("path", "Print the config file path (it need not exist).");
        path.SetAction(_ =>
        {
            context.Out.WriteLine(context.Paths.ConfigFile);
            return ExitCodes.Ok;
        });

        var show = new Command("show", "Print the settings in effect, after environment overrides; API keys masked.");
        show.SetAction(parse =>
        {
            var loaded = ConfigLoader.Load(context.Paths);
            context.Out.Write(Describe(loaded, context.Paths, parse.GetValue(db)));
            return ExitCodes.Ok;
        });

        config.Subcommands.Add(path);
        config.Subcommands.Add(show);
        return config;
    }

    private static string Describe(ConfigLoader.Result loaded, AppPaths paths, string? dbOption)
    {
        var c = loaded.Config;
        var text = new StringBuilder();
        text.AppendLine($"config file: {loaded.Path}{(loaded.FileFound ? "" : " (not present; defaults in effect)")}");
        var store = new StorePaths(paths.Environment).Resolve(dbOption, c.Store);
        text.AppendLine($"store:       {store.Path} (from {store.Source})");
        text.AppendLine($"logs:        {paths.LogFolder}");
        text.AppendLine($"log level:   {c.LogLevel}");
        text.AppendLine("refresh:     " + (c.Refresh.Count == 0 ? "(defaults)" : string.Join(", ", c.Refresh.Select(r => $"{r.Key}={r.Value}"))));
        text.AppendLine("api keys:    " + (c.ApiKeys.Count == 0 ? "(none)" : string.Join(", ", c.ApiKeys.OrderBy(k => k.Key).Select(k => $"{k.Key}={SecretMask.Mask(k.Value)}"))));
        text.AppendLine("feeds:       " + (c.AutoRefresh ? "auto refresh" : "no auto refresh (offline)")
            + (c.FeedUrls.Count == 0 ? "" : "; " + string.Join(", ", c.FeedUrls.OrderBy(u => u.Key).Select(u => $"{u.Key}={u.Value}"))));
        text.AppendLine("notify:      " + (c.NotifyCommand is { Count: > 0 } n ? string.Join(' ', n) : "(none)"));
        text.AppendLine("bell:        " + (c.Bell ? "on" : "off"));
        foreach (var warning in loaded.Warnings) text.AppendLine($"warning: {warning}");
        return text.ToString();
    }
}
