using System.Buffers;
using System.Text;
using SignalDashboard.Tokenizers.Bpe;

namespace SignalDashboard.Tokenizers.Counting;

/// <summary>
/// Counts the tokens of a UTF-8 stream with several tokenizers in one pass, in chunks cut at
/// <see cref="SafeBoundary"/>: memory stays bounded by the chunk size whatever the input size (no whole-file
/// string). Chunks are counted on up to <paramref name="parallelism"/> threads while the next ones are read (a
/// chunk's count does not depend on its neighbours; the tokenizers are safe to share). Refuses empty input, binary
/// input (NUL bytes) and invalid UTF-8 with the byte offset.
/// </summary>
public sealed class StreamingTokenCounter(IReadOnlyList<(string Name, ByteLevelBpeTokenizer Tokenizer)> tokenizers, int chunkChars = 1 << 18, int parallelism = 0)
{
    private const int ReadBytes = 256 * 1024;
    private readonly int _parallelism = parallelism > 0 ? parallelism : Environment.ProcessorCount;
    private readonly SafeBoundary _boundary = new(tokenizers.Select(t => t.Tokenizer.Model));

    // Text without a safe boundary is kept up to this many chars (2M by default), in case one shows up; then it is cut
    // hard, one chunk's worth at a time. Such text is one long pre-token for most tokenizers anyway (SafeBoundary),
    // and merging a piece takes ~40 bytes per byte: hard-cut chunks of 2M chars, as before, took a 20 MB file of
    // letters to a 345 MB peak; chunks of 256K chars keep it near the usual one.
    private int LongestUncut => chunkChars * 8;

    public TextCounts Count(Stream input, IProgress<CountProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        long? total = input.CanSeek ? input.Length - input.Position : null;
        var decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
        var bytes = ArrayPool<byte>.Shared.Rent(ReadBytes);
        var chars = new char[LongestUncut + ReadBytes + 2];
        var pending = 0; // chars waiting in `chars`
        long bytesRead = 0, charCount = 0;
        var hardCuts = 0;
        var searched = 0; // chars of `chars` already searched for a safe cut in vain
        var tokens = tokenizers.ToDictionary(t => t.Name, _ => 0L);
        var first = true;
        var bom = false;
        var inFlight = new Queue<Task<long[]>>(); // chunks being counted, oldest first
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
                while (pending >= chunkChars)
                {
                    var kept = CountChunk(chars, pending, inFlight, tokens, ref charCount, ref hardCuts, ref searched, final: false);
                    if (kept == pending) break; // no cut yet: read on
                    pending = kept;
                }
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
            CountChunk(chars, pending, inFlight, tokens, ref charCount, ref hardCuts, ref searched, final: true);
            while (inFlight.Count > 0) Collect(inFlight, tokens);
            progress?.Report(new CountProgress(bytesRead, total));
            return new TextCounts(charCount, bytesRead - (bom ? 3 : 0), tokens, hardCuts);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            // After a failure, let the chunks in flight end (their own failures are not the one to report).
            if (inFlight.Count > 0) Task.WhenAll(inFlight).ContinueWith(_ => { }, TaskScheduler.Default).Wait(TimeSpan.FromMinutes(1));
            inFlight.Clear();
        }
    }

    /// <summary>Counts the chunk up to its last safe boundary (all of it when final); returns the chars kept.</summary>
    private int CountChunk(char[] chars, int length, Queue<Task<long[]>> inFlight, Dictionary<string, long> tokens, ref long charCount,
        ref int hardCuts, ref int searched, bool final)
    {
        var text = chars.AsSpan(0, length);
        // Text searched before is not searched again, but for its end, where a cut depends on what came next.
        var cut = final ? length : _boundary.Last(text, notBefore: Math.Max(0, searched - SafeBoundary.Reach - 2));
        if (!final && cut == 0 && length >= LongestUncut)
        {
            cut = SafeBoundary.HardCut(text[..chunkChars]);
            hardCuts++;
        }
        // What is kept has been searched: after the last safe cut there is none (but near its end).
        searched = length - cut;
        if (cut == 0) return length; // keep reading until a boundary shows up (bounded by the hard cut above)
        var piece = text[..cut];
        var copy = piece.ToString();
        inFlight.Enqueue(Task.Run(() => tokenizers.Select(t => (long)t.Tokenizer.Count(copy)).ToArray()));
        while (inFlight.Count > _parallelism) Collect(inFlight, tokens);
        charCount += CountScalars(piece);
        text[cut..].CopyTo(chars);
        return length - cut;
    }

    /// <summary>Waits for the oldest chunk in flight and adds its counts (a tokenizer's exception surfaces as is).</summary>
    private void Collect(Queue<Task<long[]>> inFlight, Dictionary<string, long> tokens)
    {
        var counts = inFlight.Dequeue().GetAwaiter().GetResult();
        for (var i = 0; i < tokenizers.Count; i++) tokens[tokenizers[i].Name] += counts[i];
    }

    private static long CountScalars(ReadOnlySpan<char> text)
    {
        long n = 0;
        foreach (var c in text) if (!char.IsLowSurrogate(c)) n++;
        return n;
    }
}
