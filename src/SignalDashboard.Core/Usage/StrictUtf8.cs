using System.Text;

namespace SignalDashboard.Core.Usage;

/// <summary>
/// A usage file's bytes as text, refused with the line of the first byte that is not UTF-8 (a file from another
/// encoding would otherwise be stored with U+FFFD in its model names). A leading byte-order mark is dropped.
/// </summary>
internal static class StrictUtf8
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySpan<byte> bytes, string origin)
    {
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        try
        {
            return Utf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            var bad = FirstInvalid(bytes);
            var line = bytes[..bad].Count((byte)'\n') + 1;
            throw new UsageFormatException(origin, line, "not valid UTF-8 (the file must be UTF-8)");
        }
    }

    /// <summary>The offset of the first byte that does not start or continue a valid UTF-8 sequence.</summary>
    private static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (System.Text.Unicode.Utf8.IsValid(bytes[offset..])) return bytes.Length;
            var status = Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done) return offset;
            offset += consumed;
        }
        return offset;
    }
}
