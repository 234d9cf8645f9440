using SignalDashboard.Tokenizers.Bpe;

namespace SignalDashboard.Tokenizers.Tests;

public sealed class AddedTokenSplitterTests
{
    private static List<(int, int, int)> Split(string text, params (string Token, int Id)[] tokens)
    {
        var splitter = new AddedTokenSplitter(tokens.ToDictionary(t => t.Token, t => t.Id));
        var segments = new List<(int, int, int)>();
        splitter.Split(text, segments);
        return segments;
    }

    [Fact]
    public void Added_tokens_are_found_leftmost_then_longest()
    {
        var segments = Split("x<a>b<a><c>y", ("<a>", 1), ("<a>b", 2), ("<c>", 3), ("b<", 4));
        // At 1 both "<a>" and "<a>b" match: the longer wins; "b<" would start at 4 but 4 is inside it already.
        Assert.Equal([(0, 1, -1), (1, 4, 2), (5, 3, 1), (8, 3, 3), (11, 1, -1)], segments);
    }

    [Fact]
    public void A_candidate_first_character_without_a_token_is_ordinary_text()
    {
        Assert.Equal([(0, 9, -1)], Split("<<b <x> <", ("<a>", 1)));
        Assert.Equal([(0, 3, -1)], Split("abc"));
        Assert.Equal([(0, 3, 1)], Split("<a>", ("<a>", 1)));
    }
}
