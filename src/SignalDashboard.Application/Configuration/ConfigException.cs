namespace SignalDashboard.Configuration;

/// <summary>A config file that cannot be used; the message names the file, the key and the reason.</summary>
public sealed class ConfigException(string message) : Exception(message);
