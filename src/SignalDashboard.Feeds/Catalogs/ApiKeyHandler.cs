namespace SignalDashboard.Feeds.Catalogs;

/// <summary>
/// Adds a source's API key header when the source defines one (<see cref="CatalogKeyHeader"/>) and a key is
/// configured under its name. The value is never logged: the client's logged headers are all redacted.
/// </summary>
internal sealed class ApiKeyHandler(Func<string, string?> keys) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (CatalogRequest.Of(request)?.Source.Key is { } header && keys(header.KeyName) is { Length: > 0 } key)
        {
            request.Headers.Remove(header.Header);
            request.Headers.TryAddWithoutValidation(header.Header, header.Prefix + key);
        }
        return base.SendAsync(request, cancellationToken);
    }
}
