namespace SignalDashboard.Feeds.Catalogs;

/// <summary>
/// The outcome of fetching one source: <see cref="NotModified"/>, <see cref="Fetched"/> or <see cref="Failed"/>.
/// Every outcome carries the <see cref="State"/> to keep for the next fetch.
/// </summary>
public abstract record FetchResult
{
    private FetchResult(string source) => Source = source;

    /// <summary>The source's name.</summary>
    public string Source { get; }

    /// <summary>The validators for the next fetch (unchanged when the fetch failed).</summary>
    public abstract FetchState State { get; }

    /// <summary>304: the catalog has not changed since the validators in <see cref="State"/>.</summary>
    public sealed record NotModified(string Source, FetchState State, DateTimeOffset CheckedAt) : FetchResult(Source)
    {
        public override FetchState State { get; } = State;
    }

    /// <summary>The catalog's raw text, for the importer in Core to parse; nothing here checks its content.</summary>
    /// <param name="Text">The body decoded as text (UTF-8 unless the Content-Type names another charset).</param>
    /// <param name="Bytes">The size of the body as received (after decompression).</param>
    /// <param name="ContentType">The Content-Type as sent, so the importer can name an HTML page for what it is.</param>
    /// <param name="Url">The URL it was fetched from.</param>
    public sealed record Fetched(
        string Source, string Text, string? ETag, string? LastModified, DateTimeOffset FetchedAt, long Bytes, string? ContentType, Uri Url)
        : FetchResult(Source)
    {
        public override FetchState State => new(ETag, LastModified);
    }

    /// <summary>Nothing was fetched; <see cref="Reason"/> is one line for people, naming the URL.</summary>
    /// <param name="StatusCode">The last HTTP status, when there was a response.</param>
    /// <param name="RetryAfter">The wait the server asked for, when it asked.</param>
    public sealed record Failed(
        string Source, FetchState State, FetchFailure Kind, string Reason, int? StatusCode = null, TimeSpan? RetryAfter = null)
        : FetchResult(Source)
    {
        public override FetchState State { get; } = State;
    }
}
