namespace SignalDashboard.Feeds.Catalogs;

/// <summary>
/// The validators saved from a source's last successful fetch, sent back as <c>If-None-Match</c> and
/// <c>If-Modified-Since</c> so that an unchanged catalog costs a 304 and no download. The fetcher takes one in
/// and hands the next one out (<see cref="FetchResult.State"/>); keeping it between runs is the caller's job.
/// </summary>
/// <param name="ETag">The entity tag exactly as the server sent it (quotes and <c>W/</c> included).</param>
/// <param name="LastModified">The <c>Last-Modified</c> value as the server sent it (an HTTP date).</param>
public sealed record FetchState(string? ETag = null, string? LastModified = null)
{
    public static FetchState Empty { get; } = new();

    public bool HasValidators => ETag is not null || LastModified is not null;
}
