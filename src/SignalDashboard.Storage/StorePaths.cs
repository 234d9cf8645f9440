namespace SignalDashboard.Storage;

/// <summary>
/// Resolves the store file: <c>--db</c> &gt; <c>SIGDASH_DB</c> &gt; the config value &gt; the default
/// <c>$XDG_DATA_HOME/signaldashboard/signals.db</c> (<c>~/.local/share/signaldashboard/signals.db</c> when
/// XDG_DATA_HOME is unset, empty or relative, as the XDG spec says). Empty values count as unset; a leading
/// <c>~</c> is expanded (config files and env files are not expanded by a shell); relative paths are taken
/// from the current folder.
/// </summary>
public sealed class StorePaths
{
    public const string EnvironmentVariable = "SIGDASH_DB";
    public const string FolderName = "signaldashboard";
    public const string FileName = "signals.db";

    private readonly Func<string, string?> _environment;

    /// <param name="environment">Reads an environment variable; injectable for tests.</param>
    public StorePaths(Func<string, string?> environment) => _environment = environment;

    /// <summary>Paths from the real process environment.</summary>
    public static StorePaths FromProcess { get; } = new(Environment.GetEnvironmentVariable);

    /// <summary>The default store file in the XDG data folder.</summary>
    public string DefaultPath
    {
        get
        {
            var dataHome = Value("XDG_DATA_HOME");
            if (dataHome is null || !Path.IsPathRooted(dataHome))
                dataHome = Path.Combine(Home(), ".local", "share");
            return Path.GetFullPath(Path.Combine(dataHome, FolderName, FileName));
        }
    }

    /// <summary>The store path for a <c>--db</c> value and a config value, either of which may be absent.</summary>
    public StoreLocation Resolve(string? commandLineValue, string? configValue)
    {
        if (NonEmpty(commandLineValue) is { } fromOption)
            return new StoreLocation(Full(fromOption), StoreLocationSource.CommandLine);
        if (Value(EnvironmentVariable) is { } fromEnvironment)
            return new StoreLocation(Full(fromEnvironment), StoreLocationSource.Environment);
        if (NonEmpty(configValue) is { } fromConfig)
            return new StoreLocation(Full(fromConfig), StoreLocationSource.Config);
        return new StoreLocation(DefaultPath, StoreLocationSource.Default);
    }

    private string Full(string path)
    {
        if (path == "~")
            path = Home();
        else if (path.StartsWith("~/", StringComparison.Ordinal) || path.StartsWith("~\\", StringComparison.Ordinal))
            path = Path.Combine(Home(), path[2..]);
        return Path.GetFullPath(path);
    }

    private string Home() =>
        Value("HOME") ?? NonEmpty(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile))
        ?? throw new InvalidOperationException("No home folder (HOME is unset): pass --db or set SIGDASH_DB.");

    private string? Value(string name) => NonEmpty(_environment(name));

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
