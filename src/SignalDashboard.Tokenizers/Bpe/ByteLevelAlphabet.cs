namespace SignalDashboard.Tokenizers.Bpe;

/// <summary>
/// GPT-2's byte-level alphabet: every byte maps to one printable character, so a vocabulary of byte sequences can
/// be written as strings (the form tokenizer.json uses; tiktoken ranks are converted to it).
/// </summary>
public static class ByteLevelAlphabet
{
    private static readonly char[] ByteToChar = Build();
    private static readonly short[] CharToByte = Invert(ByteToChar);

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
        return TryDecode(text, bytes) ? bytes : null;
    }

    /// <summary>Writes the bytes of a byte-level string (one per char); false when a char is outside the alphabet.</summary>
    public static bool TryDecode(ReadOnlySpan<char> text, Span<byte> destination)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= CharToByte.Length || CharToByte[c] < 0) return false;
            destination[i] = (byte)CharToByte[c];
        }
        return true;
    }

    private static short[] Invert(char[] byteToChar)
    {
        var map = new short[byteToChar.Max() + 1];
        Array.Fill(map, (short)-1);
        for (var b = 0; b < byteToChar.Length; b++) map[byteToChar[b]] = (short)b;
        return map;
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
