using SignalDashboard.Feeds.Catalogs;

namespace SignalDashboard.Composition;

/// <summary>
/// The progress of catalog downloads (<c>catalog sync</c>, <c>catalog import URL</c>):
/// <c>downloading genai-prices 120 KB of 343 KB · litellm 1.2 MB</c>; a finished download leaves the line.
/// </summary>
public sealed class CatalogSyncProgress(TextWriter error) : ProgressLine<FetchProgress>(error)
{
    private readonly Dictionary<string, FetchProgress> _downloads = [];

    protected override string? Take(FetchProgress value)
    {
        var done = value.ContentLength is { } length && value.BytesRead >= length;
        if (done)
            _downloads.Remove(value.Source);
        else
            _downloads[value.Source] = value;
        if (_downloads.Count == 0)
            return null;
        var parts = _downloads.Values.Select(d =>
            $"{d.Source} {CatalogSyncText.Size(d.BytesRead)}{(d.ContentLength is { } total ? $" of {CatalogSyncText.Size(total)}" : "")}");
        return "downloading " + string.Join(" · ", parts);
    }
}
