using System.Reflection;

namespace SignalDashboard.Composition;

/// <summary>sigdash's version (every assembly shares it: Directory.Build.props), for <c>--version</c> and the feeds' User-Agent.</summary>
public static class AppVersion
{
    /// <summary>The version with the short commit it was built from, e.g. "0.1.0+5502b47".</summary>
    public static string Current { get; } = ShortCommit(
        typeof(AppVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(AppVersion).Assembly.GetName().Version?.ToString() ?? "unknown");

    private static string ShortCommit(string version) =>
        version.IndexOf('+') is var plus and >= 0 && version.Length > plus + 8 ? version[..(plus + 8)] : version;
}
