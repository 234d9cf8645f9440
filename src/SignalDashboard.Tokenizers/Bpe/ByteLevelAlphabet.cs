namespace SignalDashboard.Tokenizers.Bpe;

/// <summary>
/// GPT-2's byte-level alphabet: every byte maps to one printable character, so a vocabulary of byte sequences can
/// be written as strings (the form tokenizer.json uses; tiktoken ranks are converted to it).
/// </summary>
public static class ByteLevelAlphabet
{
    private static readonly char[] ByteToChar = Build();

    public static char Encode(byte b) => ByteToChar[b];

    /// <summary>The byte-level string of raw bytes (one char per byte).</summary>
    public static string Encode(ReadOnlySpan<byte> bytes) =>
        string.Create(bytes.Length, bytes.ToArray(), static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++) span[i] = ByteToChar[source[i]];
        });

    public static void Encode(ReadOnlySpan<byte> bytes, Span<char> destination)
    {
        for (var i = 0; i < bytes.Length; i++) destination[i] = ByteToChar[bytes[i]];
    }

    /// <summary>Bytes of a byte-level string, or null when a char is outside the alphabet.</summary>
    public static byte[]? Decode(string text)
    {
        var bytes = new byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var index = Array.IndexOf(ByteToChar, text[i]);
            if (index < 0) return null;
            bytes[i] = (byte)index;
        }
        return bytes;
    }

    private static char[] Build()
    {
        // Printable bytes keep their code point; the others are moved to 256 and up, in byte order.
        var map = new char[256];
        var next = 256;
        for (var b = 0; b < 256; b++)
        {
            var printable = b is >= '!' and <= '~' or >= 0xA1 and <= 0xAC or >= 0xAE and <= 0xFF;
            map[b] = printable ? (char)b : (char)next++;
        }
        return map;
    }
}
