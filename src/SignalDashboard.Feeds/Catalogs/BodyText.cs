using System.Text;

namespace SignalDashboard.Feeds.Catalogs;

/// <summary>Turns a body into text: the charset of the Content-Type, else UTF-8; a byte-order mark is dropped.</summary>
internal static class BodyText
{
    public static string Decode(MemoryStream body, string? charset)
    {
        var bytes = new ReadOnlySpan<byte>(body.GetBuffer(), 0, (int)body.Length);
        var encoding = EncodingFor(charset);
        var text = encoding.GetString(bytes);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    private static Encoding EncodingFor(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
            return Encoding.UTF8;
        try
        {
            return Encoding.GetEncoding(charset.Trim().Trim('"'));
        }
        catch (ArgumentException)
        {
            return Encoding.UTF8; // an unknown charset: JSON is UTF-8 (RFC 8259), and the parser will say if it is not
        }
    }
}
