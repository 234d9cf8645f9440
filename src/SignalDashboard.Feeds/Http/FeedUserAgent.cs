using System.Net.Http.Headers;

namespace SignalDashboard.Feeds.Http;

/// <summary>
/// The User-Agent feed clients send: <c>sigdash/&lt;version&gt; (&lt;what&gt;)</c>, or <c>(+&lt;url&gt;)</c>
/// when there is a page about sigdash to point at. It says who is asking, and invents nothing.
/// </summary>
public static class FeedUserAgent
{
    public const string Product = "sigdash";

    public static string Build(string version, Uri? contactUrl, string purpose)
    {
        var cleanVersion = string.Concat(version.Where(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '+' or '_'));
        if (cleanVersion.Length == 0)
            cleanVersion = "dev";
        var comment = contactUrl is null ? purpose : $"+{contactUrl.AbsoluteUri}";
        var text = $"{Product}/{cleanVersion} ({comment.Replace('(', '[').Replace(')', ']')})";
        // Fail here, not on the first request, if something in it is not a valid header value.
        _ = ProductInfoHeaderValue.Parse($"{Product}/{cleanVersion}");
        return text;
    }
}
