namespace SignalDashboard.Feeds.Markets;

/// <summary>A URL as sigdash shows it: the value of a key travelling in its query (Stooq's <c>apikey</c>) replaced by <c>***</c>.</summary>
public static class KeyRedaction
{
    private static readonly string[] KeyParameters = [MarketFeedOptions.StooqKeyParameter];

    public static Uri Redact(Uri url)
    {
        if (!url.IsAbsoluteUri || url.Query.Length <= 1)
            return url;
        var pairs = url.Query.TrimStart('?').Split('&');
        var changed = false;
        for (var i = 0; i < pairs.Length; i++)
        {
            foreach (var name in KeyParameters)
            {
                if (pairs[i].StartsWith(name + "=", StringComparison.OrdinalIgnoreCase) && pairs[i].Length > name.Length + 1)
                {
                    pairs[i] = name + "=***";
                    changed = true;
                }
            }
        }
        return changed ? new UriBuilder(url) { Query = string.Join('&', pairs) }.Uri : url;
    }
}
