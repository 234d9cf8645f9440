using System.Buffers;
using System.Text;
using SignalDashboard.Tokenizers.Bpe;

namespace SignalDashboard.Tokenizers.Counting;

/// <summary>
/// Counts the tokens of a UTF-8 stream with several tokenizers in one pass, in chunks cut at
/// <see cref="SafeBoundary"/>: memory stays bounded by the chunk size whatever the input size (no whole-file
/// string). Refuses empty input, binary input (NUL bytes) and invalid UTF-8 with the byte offset.
/// </summary>
public sealed class StreamingTokenCounter(IReadOnlyList<(string Name, ByteLevelBpeTokenizer Tokenizer)> tokenizers, int chunkChars = 1 << 20)
{
    private const int ReadBytes = 256 * 1024;

    public TextCounts Count(Stream input, IProgress<CountProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        long? total = input.CanSeek ? input.Length - input.Position : null;
        var decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
        var bytes = ArrayPool<byte>.Shared.Rent(ReadBytes);
        var chars = new char[chunkChars * 2 + ReadBytes + 2];
        var pending = 0; // chars waiting in `chars`
        long bytesRead = 0, charCount = 0;
        var hardCuts = 0;
        var tokens = tokenizers.ToDictionary(t => t.Name, _ => 0L);
        var first = true;
        var bom = false;
        try
        {
            int read;
            while ((read = input.Read(bytes, 0, ReadBytes)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var block = bytes.AsSpan(0, read);
                if (block.IndexOf((byte)0) is var nul and >= 0)
                    throw new InputProblemException($"binary input (a NUL byte at offset {bytesRead + nul}); only UTF-8 text can be counted");
                if (first && block.StartsWith(Encoding.UTF8.Preamble))
                {
                    block = block[3..]; // a byte-order mark is not text
                    bom = true;
                }
                first = false;
                try
                {
                    pending += decoder.GetChars(block, chars.AsSpan(pending), flush: false);
                }
                catch (DecoderFallbackException e)
                {
                    var at = bytesRead + (read - block.Length) + Math.Max(0, e.Index);
                    throw new InputProblemException($"invalid UTF-8 near byte offset {at}; only UTF-8 text can be counted");
                }
                bytesRead += read;
                if (pending >= chunkChars)
                    pending = CountChunk(chars, pending, tokens, ref charCount, ref hardCuts, final: false);
                progress?.Report(new CountProgress(bytesRead, total));
            }
            try
            {
                pending += decoder.GetChars([], chars.AsSpan(pending), flush: true);
            }
            catch (DecoderFallbackException)
            {
                throw new InputProblemException($"invalid UTF-8: the input ends inside a character (byte offset {bytesRead})");
            }
            if (bytesRead == 0) throw new InputProblemException("empty input: there is no text to count");
            CountChunk(chars, pending, tokens, ref charCount, ref hardCuts, final: true);
            progress?.Report(new CountProgress(bytesRead, total));
            return new TextCounts(charCount, bytesRead - (bom ? 3 : 0), tokens, hardCuts);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>Counts the chunk up to its last safe boundary (all of it when final); returns the chars kept.</summary>
    private int CountChunk(char[] chars, int length, Dictionary<string, long> tokens, ref long charCount, ref int hardCuts, bool final)
    {
        var text = chars.AsSpan(0, length);
        var cut = final ? length : SafeBoundary.Last(text);
        if (!final && cut == 0) cut = SafeBoundary.LastBeforeWord(text);
        if (!final && cut == 0 && length >= chunkChars * 2)
        {
            cut = SafeBoundary.HardCut(text);
            hardCuts++;
        }
        if (cut == 0) return length; // keep reading until a boundary shows up (bounded by the hard cut above)
        var piece = text[..cut];
        foreach (var (name, tokenizer) in tokenizers) tokens[name] += tokenizer.Count(piece);
        charCount += CountScalars(piece);
        text[cut..].CopyTo(chars);
        return length - cut;
    }

    private static long CountScalars(ReadOnlySpan<char> text)
    {
        long n = 0;
        foreach (var c in text) if (!char.IsLowSurrogate(c)) n++;
        return n;
    }
}
