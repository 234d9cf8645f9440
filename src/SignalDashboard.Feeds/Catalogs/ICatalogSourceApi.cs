using Refit;

namespace SignalDashboard.Feeds.Catalogs;

/// <summary>
/// One conditional GET of a catalog's URL. The response is returned as it comes (headers read, body not yet),
/// so that the fetcher can stream it with a size limit and report progress.
/// </summary>
public interface ICatalogSourceApi
{
    /// <param name="url">The absolute URL: the source's own, or under a configured base URL.</param>
    /// <param name="ifNoneMatch">The ETag from the last fetch; not sent when null.</param>
    /// <param name="ifModifiedSince">The Last-Modified from the last fetch; not sent when null.</param>
    /// <param name="request">Handed to the message handlers (API key, attempt count).</param>
    [Get("")]
    Task<HttpResponseMessage> GetAsync(
        [Url] Uri url,
        [Header("If-None-Match")] string? ifNoneMatch,
        [Header("If-Modified-Since")] string? ifModifiedSince,
        [Property(CatalogRequest.OptionKey)] CatalogRequest request,
        CancellationToken cancellationToken);
}
