namespace SignalDashboard.Configuration;

/// <summary>
/// XDG base directories for config, data and state, with the fallbacks of the XDG spec. Environment lookup is
/// injectable so tests can point everything at a temp folder.
/// </summary>
public sealed class AppPaths(Func<string, string?> environment, Func<IEnumerable<string>>? environmentNames = null)
{
    public const string AppFolder = "signaldashboard";

    public static AppPaths FromProcess { get; } = new(
        System.Environment.GetEnvironmentVariable,
        () => System.Environment.GetEnvironmentVariables().Keys.Cast<string>());

    public Func<string, string?> Environment { get; } = environment;

    /// <summary>The names of the environment variables (to find <c>SIGDASH_KEY_*</c>); none when not given.</summary>
    public Func<IEnumerable<string>> EnvironmentNames { get; } = environmentNames ?? (() => []);

    public string ConfigFile => Path.Combine(Base("XDG_CONFIG_HOME", ".config"), AppFolder, "config.json");

    /// <summary>Downloaded tokenizer files: $XDG_CACHE_HOME/signaldashboard/tokenizers (~/.cache/…).</summary>
    public string TokenizerCache => Path.Combine(Base("XDG_CACHE_HOME", ".cache"), AppFolder, "tokenizers");

    public string LogFolder => Path.Combine(Base("XDG_STATE_HOME", Path.Combine(".local", "state")), AppFolder);

    /// <summary>Where the dashboard's <c>e</c> writes the table on screen.</summary>
    public string ExportFolder => Path.Combine(Base("XDG_DATA_HOME", Path.Combine(".local", "share")), AppFolder, "exports");

    private string Base(string variable, string homeRelative)
    {
        var value = Environment(variable);
        if (!string.IsNullOrWhiteSpace(value) && Path.IsPathRooted(value))
            return value; // the spec says relative values are invalid and must be ignored
        var home = Environment("HOME");
        if (string.IsNullOrWhiteSpace(home))
            home = System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile);
        return Path.Combine(home, homeRelative);
    }
}
