using CsCheck;

namespace SignalDashboard.Tokenizers.Tests;

/// <summary>
/// Texts that mix what pre-tokenizers treat specially: punctuation runs, line breaks (CR, LF, CRLF) and '/', spaces,
/// tabs and other whitespace, apostrophes and contractions, digits (ASCII and not), CJK and kana (with DeepSeek's
/// in-range punctuation), Hangul jamo, emoji (ZWJ, skin tones, keycaps), astral letters and digits, combining marks,
/// format characters, added-token text and sequences NFC changes. Short pieces, so that they meet in every order.
/// </summary>
public static class TrickyText
{
    private static readonly string[] Punctuation =
    [
        "-", "--", "--------------------", "*", "/*", "*/", "//", "/", "#", "!", "?", ".", "...", ",", ";", ":", "\"", "(", ")",
        "[", "]", "{", "}", "<", ">", "=", "==", "_", "|", "\\", "~", "`", "@", "$", "%", "^", "&", "+", "-*-",
        "…", "—", "«", "»", "，", "。", "、", "「", "」", "・", "゛", "゠", "€", "±", "©", "’", "▁",
    ];

    private static readonly string[] LineBreaks = ["\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\n\r", "\n/", "\n//"];

    private static readonly string[] Spaces = [" ", "  ", "\t", " \t", "\t\t", "    ", "\u00A0", "\u3000", "\u2028", "\u0085", "\v", "\f"];

    private static readonly string[] Apostrophes = ["'", "'s", "'S", "'t", "'ll", "'re", "'VE", "'m", "'d", "'x", "''", "’s"];

    private static readonly string[] Digits = ["0", "1", "2", "7", "9", "٣", "１", "²", "Ⅻ", "〇", "𝟘"];

    private static readonly string[] Words =
    [
        "a", "s", "t", "the", "The", "HELLO", "camelCase", "x", "re", "don", "naïve", "café", "e\u0301", "Ελλάδα", "мир",
        "ǅungla", "ʰ", "ª", "ABCdef", "I",
    ];

    private static readonly string[] Cjk = ["中文", "日本語", "ひらがな", "カタカナ", "ー", "가나다", "\u1100\u1161", "\u1100\u1161\u11A8", "中", "〆"];

    private static readonly string[] Emoji = ["😀", "👍🏽", "👨\u200D👩\u200D👧", "🇺🇸", "1\uFE0F\u20E3", "#\uFE0F\u20E3", "❤\uFE0F", "✓"];

    private static readonly string[] Astral = ["𝐀", "𝑎𝑏", "𠀀𠀁", "𝟘𝟙", "𐍈"];

    private static readonly string[] Marks = ["\u0301", "\u0308", "\u20E3", "\u0903", "\u0338", "\uFE0F", "\u0327"];

    private static readonly string[] Format = ["\u200D", "\u00AD", "\u0001", "\uFEFF", "\uE000", "\u200B", "\u0378"];

    private static readonly string[] AddedTokens =
    [
        "<|endoftext|>", "<|im_start|>", "<|im_end|>", "<think>", "</think>", "<｜begin▁of▁sentence｜>", "<|begin_of_text|>",
        "<|reserved_special_token_12|>", "<｜place▁holder▁no▁3｜>", "<|", "|>", "<｜", "｜>", "<tool_call>",
    ];

    // NFC (Qwen 3) composes or replaces these: ≠, ≮, Å, Å (U+212B), Ω (U+2126), e with two marks in another order.
    private static readonly string[] Normalized = ["=\u0338", "<\u0338", "A\u030A", "\u212B", "\u2126", "e\u0301\u0327", "\u1100", "\u1161"];

    /// <summary>One short piece of tricky text.</summary>
    public static readonly Gen<string> Piece = Gen.Frequency(
        (6, (IGen<string>)Gen.OneOf(Punctuation)),
        (6, Gen.OneOf(LineBreaks)),
        (6, Gen.OneOf(Spaces)),
        (3, Gen.OneOf(Apostrophes)),
        (4, Gen.OneOf(Digits).Array[1, 7].Select(string.Concat)),
        (8, Gen.OneOf(Words)),
        (4, Gen.OneOf(Cjk)),
        (2, Gen.OneOf(Emoji)),
        (2, Gen.OneOf(Astral)),
        (2, Gen.OneOf(Marks)),
        (1, Gen.OneOf(Format)),
        (2, Gen.OneOf(AddedTokens)),
        (2, Gen.OneOf(Normalized)));

    /// <summary>A text of 1 to <paramref name="maxPieces"/> pieces.</summary>
    public static Gen<string> Text(int maxPieces) => Piece.Array[1, maxPieces].Select(string.Concat);
}
