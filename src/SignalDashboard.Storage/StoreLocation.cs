namespace SignalDashboard.Storage;

/// <summary>Where the store path came from, so that the UI can say why it uses that file.</summary>
public enum StoreLocationSource
{
    /// <summary>The <c>--db</c> option.</summary>
    CommandLine,
    /// <summary>The <c>SIGDASH_DB</c> environment variable.</summary>
    Environment,
    /// <summary>The configuration file.</summary>
    Config,
    /// <summary>The XDG data folder.</summary>
    Default,
}

/// <summary>A resolved, absolute store path and the setting it came from.</summary>
public sealed record StoreLocation(string Path, StoreLocationSource Source);
