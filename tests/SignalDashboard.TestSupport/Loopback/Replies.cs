using System.Security.Cryptography;
using System.Text;

namespace SignalDashboard.TestSupport.Loopback;

/// <summary>Request handlers made of replies, for <see cref="LoopbackServer.Handle"/> and <see cref="LoopbackServer.Route(string, Func{RecordedRequest, LoopbackReply})"/>.</summary>
public static class Replies
{
    /// <summary>Answers the n-th request it is given with the n-th reply; the last reply repeats for every request after it.</summary>
    public static Func<RecordedRequest, LoopbackReply> InTurn(params LoopbackReply[] replies)
    {
        if (replies.Length == 0) throw new ArgumentException("at least one reply", nameof(replies));
        var given = 0;
        return _ => replies[Math.Min(Interlocked.Increment(ref given) - 1, replies.Length - 1)];
    }

    /// <summary>
    /// Serves <paramref name="body"/> with a strong ETag derived from its content, and answers 304 to a request that
    /// sends that ETag back as If-None-Match (any other If-None-Match gets the body).
    /// </summary>
    public static Func<RecordedRequest, LoopbackReply> Conditional(string body, string contentType = "application/json")
    {
        var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)))[..16]}\"";
        return request => request.Header("If-None-Match") == etag
            ? LoopbackReply.WithStatus(304, ("ETag", etag))
            : LoopbackReply.Ok(body, contentType, ("ETag", etag));
    }
}
