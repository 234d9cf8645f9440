using SignalDashboard.Configuration;
using SignalDashboard.TestSupport;

namespace SignalDashboard.Tests.Configuration;

/// <summary>A temp XDG config home with a config.json to write, and an environment the loader sees.</summary>
internal sealed class ConfigFiles : IDisposable
{
    private readonly TempFolder _temp = new();

    public ConfigFiles()
    {
        Environment = new Dictionary<string, string?>
        {
            ["HOME"] = System.IO.Path.Combine(_temp.Path, "home"),
            ["XDG_CONFIG_HOME"] = System.IO.Path.Combine(_temp.Path, "config"),
        };
    }

    public Dictionary<string, string?> Environment { get; }

    public AppPaths Paths => new(name => Environment.GetValueOrDefault(name));

    public string Path => Paths.ConfigFile;

    public void Write(string json)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        File.WriteAllText(Path, json);
    }

    /// <summary>Loads with this environment only (never the process's variable names).</summary>
    public ConfigLoader.Result Load() => ConfigLoader.Load(Paths, Environment.Keys);

    public void Dispose() => _temp.Dispose();
}
