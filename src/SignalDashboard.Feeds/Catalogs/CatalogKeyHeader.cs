namespace SignalDashboard.Feeds.Catalogs;

/// <summary>
/// How a source takes an API key: the request header and an optional prefix (<c>Bearer </c>). The key itself
/// is never in the definition file: it comes from the configuration under <see cref="KeyName"/>, and it is never
/// logged nor put in a message.
/// </summary>
public sealed record CatalogKeyHeader(string Header, string Prefix, string KeyName);
