using System.Buffers;
using System.Buffers.Text;
using System.IO.Compression;
using System.Reflection;
using System.Text;
using SignalDashboard.Tokenizers.Bpe;

namespace SignalDashboard.Tokenizers.Tiktoken;

/// <summary>
/// Reads the byte-sequence ranks of a tiktoken encoding from its Microsoft.ML.Tokenizers data package (an embedded,
/// deflated <c>.tiktoken</c> file; the library keeps its parsed table internal). Decoded straight from the
/// inflated bytes into one buffer: no string per line, no array per token.
/// </summary>
internal static class TiktokenRanks
{
    public static ByteSequenceTable Read(string encoding)
    {
        var assembly = encoding switch
        {
            // The data types are internal; the assemblies are referenced by name (rooted for trimming in the csproj).
            "o200k_base" => Assembly.Load("Microsoft.ML.Tokenizers.Data.O200kBase"),
            "cl100k_base" => Assembly.Load("Microsoft.ML.Tokenizers.Data.Cl100kBase"),
            _ => throw new TokenizerLoadException($"unknown tiktoken encoding \"{encoding}\""),
        };
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith(".tiktoken.deflate", StringComparison.Ordinal))
            ?? throw new TokenizerLoadException($"{assembly.GetName().Name} has no .tiktoken data");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var deflate = new DeflateStream(stream, CompressionMode.Decompress);
        using var inflated = new MemoryStream();
        deflate.CopyTo(inflated);
        return Parse(inflated.GetBuffer().AsSpan(0, (int)inflated.Length), name);
    }

    /// <summary>
    /// The package's format: a "Capacity: N" header, then one base64 token per line, the rank being the line's index.
    /// A standard .tiktoken line, "base64 rank", is read too.
    /// </summary>
    internal static ByteSequenceTable Parse(ReadOnlySpan<byte> text, string source)
    {
        var builder = new ByteSequenceTable.Builder(200_000);
        var line = 0;
        var rank = 0;
        while (!text.IsEmpty)
        {
            line++;
            var end = text.IndexOf((byte)'\n');
            var current = (end < 0 ? text : text[..end]).TrimEnd((byte)'\r');
            text = end < 0 ? default : text[(end + 1)..];
            if (current.IsEmpty || current.StartsWith("Capacity: "u8)) continue;
            var space = current.IndexOf((byte)' ');
            var base64 = space < 0 ? current : current[..space];
            var id = rank;
            if (space >= 0 && !int.TryParse(Encoding.ASCII.GetString(current[(space + 1)..]), out id))
                throw Bad(source, line, current);
            var bytes = builder.Reserve(Base64.GetMaxDecodedFromUtf8Length(base64.Length));
            if (Base64.DecodeFromUtf8(base64, bytes, out _, out var written) != OperationStatus.Done || written == 0)
                throw Bad(source, line, current);
            builder.Commit(id, written);
            rank++;
        }
        return builder.Build();
    }

    private static TokenizerLoadException Bad(string source, int line, ReadOnlySpan<byte> text) =>
        new($"{source}: line {line} is not a base64 token: {Encoding.UTF8.GetString(text[..Math.Min(40, text.Length)])}");
}
