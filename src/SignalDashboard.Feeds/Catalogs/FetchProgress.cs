namespace SignalDashboard.Feeds.Catalogs;

/// <summary>How far the download of a source's body is.</summary>
/// <param name="ContentLength">The announced length, when the server sent one (not for compressed responses).</param>
public readonly record struct FetchProgress(string Source, long BytesRead, long? ContentLength)
{
    /// <summary>From 0 to 1 when the length is known.</summary>
    public double? Fraction => ContentLength is > 0 and var length ? Math.Min(1.0, BytesRead / (double)length) : null;
}
