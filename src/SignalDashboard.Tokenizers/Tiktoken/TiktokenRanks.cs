using System.IO.Compression;
using System.Reflection;

namespace SignalDashboard.Tokenizers.Tiktoken;

/// <summary>
/// Reads the byte-sequence ranks of a tiktoken encoding from its Microsoft.ML.Tokenizers data package (an embedded,
/// deflated <c>.tiktoken</c> file). The library keeps its parsed table internal.
/// </summary>
internal static class TiktokenRanks
{
    public static List<KeyValuePair<ReadOnlyMemory<byte>, int>> Read(string encoding)
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
        using var reader = new StreamReader(deflate);
        var ranks = new List<KeyValuePair<ReadOnlyMemory<byte>, int>>(200_000);
        // Format of the package: a "Capacity: N" header, then one base64 token per line, the rank being the line's
        // index (a standard .tiktoken line, "base64 rank", is read too).
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith("Capacity: ", StringComparison.Ordinal)) continue;
            var space = line.IndexOf(' ');
            try
            {
                var rank = space < 0 ? ranks.Count : int.Parse(line.AsSpan(space + 1));
                ranks.Add(new(Convert.FromBase64String(space < 0 ? line : line[..space]), rank));
            }
            catch (FormatException e)
            {
                throw new TokenizerLoadException($"{name}: line {ranks.Count + 1} is not a base64 token: {line[..Math.Min(40, line.Length)]}", e);
            }
        }
        return ranks;
    }
}
