using SignalDashboard.Composition;

namespace SignalDashboard.Cli;

/// <summary>
/// Reads the first bytes of an input, up to a limit, so that a text small enough for a count-tokens request can be
/// sent whole while the streaming counter still reads every byte once (standard input cannot be read twice).
/// </summary>
internal static class HeadReader
{
    /// <summary>The whole input when it has at most <paramref name="limit"/> bytes (else null), and a stream of all of it (may be <paramref name="input"/> itself).</summary>
    public static (byte[]? Whole, Stream All) Read(Stream input, long limit)
    {
        // A file that says it is too large is not buffered at all (a 200 MB file stays in bounded memory).
        if (input.CanSeek && input.Length - input.Position > limit) return (null, input);
        var head = new MemoryStream();
        var buffer = new byte[64 * 1024];
        while (head.Length <= limit)
        {
            var read = input.Read(buffer, 0, (int)Math.Min(buffer.Length, limit + 1 - head.Length));
            if (read == 0)
            {
                var whole = head.ToArray();
                return (whole, new MemoryStream(whole, writable: false));
            }
            head.Write(buffer, 0, read);
        }
        head.Position = 0;
        return (null, new Joined(head, input));
    }

    /// <summary>The head read so far, then the rest of the input.</summary>
    private sealed class Joined(MemoryStream head, Stream rest) : Stream
    {
        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = head.Read(buffer, offset, count);
            return read > 0 ? read : rest.Read(buffer, offset, count);
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) head.Dispose();
            base.Dispose(disposing);
        }
    }
}
