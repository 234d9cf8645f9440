using System.Buffers;
using Microsoft.ML.Tokenizers;

namespace SignalDashboard.Tokenizers.Bpe;

/// <summary>
/// A <see cref="Tokenizer"/> (Microsoft.ML.Tokenizers) over <see cref="ByteLevelBpeModel"/>. Microsoft's own
/// BPE cannot express a sequence of Split pre-tokenizers, <c>ignore_merges</c> or astral-plane letters the way the
/// reference implementations do, so the encoding is ours and this class plugs it into the library's API.
/// </summary>
public sealed class ByteLevelBpeTokenizer : Tokenizer
{
    private readonly IReadOnlyDictionary<int, string> _addedById;

    public ByteLevelBpeTokenizer(ByteLevelBpeModel model, IReadOnlyDictionary<string, int> addedTokens)
    {
        Model = model;
        _addedById = addedTokens.GroupBy(p => p.Value).ToDictionary(g => g.Key, g => g.First().Key);
    }

    public ByteLevelBpeModel Model { get; }

    /// <summary>Count the tokens of text (no special tokens added, none assumed).</summary>
    public int Count(ReadOnlySpan<char> text) => Model.Encode(text, null);

    public IReadOnlyList<int> Ids(ReadOnlySpan<char> text)
    {
        var ids = new List<int>();
        Model.Encode(text, ids);
        return ids;
    }

    protected override EncodeResults<EncodedToken> EncodeToTokens(string? text, ReadOnlySpan<char> textSpan, EncodeSettings settings)
    {
        var span = text is null ? textSpan : text.AsSpan();
        var ids = Ids(span);
        var tokens = new List<EncodedToken>(ids.Count);
        foreach (var id in ids)
            tokens.Add(new EncodedToken(id, _addedById.TryGetValue(id, out var a) ? a : Model.Vocabulary.TokenOf(id) ?? "", default));
        return new EncodeResults<EncodedToken> { Tokens = tokens, CharsConsumed = span.Length };
    }

    protected override EncodeResults<int> EncodeToIds(string? text, ReadOnlySpan<char> textSpan, EncodeSettings settings)
    {
        var span = text is null ? textSpan : text.AsSpan();
        return new EncodeResults<int> { Tokens = Ids(span), CharsConsumed = span.Length };
    }

    protected override int CountTokens(string? text, ReadOnlySpan<char> textSpan, EncodeSettings settings) =>
        Count(text is null ? textSpan : text.AsSpan());

    public override string Decode(IEnumerable<int> ids) => Model.Decode(ids, _addedById);

    public override OperationStatus Decode(IEnumerable<int> ids, Span<char> destination, out int idsConsumed, out int charsWritten)
    {
        var list = ids as IList<int> ?? ids.ToList();
        var text = Decode(list);
        if (text.Length > destination.Length)
        {
            idsConsumed = 0;
            charsWritten = 0;
            return OperationStatus.DestinationTooSmall;
        }
        text.CopyTo(destination);
        idsConsumed = list.Count;
        charsWritten = text.Length;
        return OperationStatus.Done;
    }
}
