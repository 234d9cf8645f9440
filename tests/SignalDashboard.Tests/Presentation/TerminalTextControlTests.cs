using SignalDashboard.Presentation;

namespace SignalDashboard.Tests.Presentation;

/// <summary>Control characters go; whitespace controls become spaces; everything printable stays.</summary>
public sealed class TerminalTextControlTests
{
    [Theory]
    [InlineData("\u009b31mred", "red")]                 // 8-bit CSI
    [InlineData("\u009d0;title\u009cOpus", "Opus")]     // 8-bit OSC ended by 8-bit ST
    [InlineData("\u0090q#0\u009cx", "x")]               // 8-bit DCS
    [InlineData("\u0098sos\u009cx", "x")]               // 8-bit SOS
    [InlineData("\u009fapc\u009cx", "x")]               // 8-bit APC
    [InlineData("a\u0085b\u0084c\u009cd", "abcd")]      // NEL, IND, a stray ST
    public void Strips_C1_controls(string input, string expected)
    {
        Assert.Equal(expected, TerminalText.Sanitize(input));
    }

    [Theory]
    [InlineData("a\u0000b\u0007c\u0008d\u007fe", "abcde")] // NUL, BEL, BS, DEL
    [InlineData("beep\u0007", "beep")]
    public void Strips_C0_controls_and_DEL(string input, string expected)
    {
        Assert.Equal(expected, TerminalText.Sanitize(input));
    }

    [Theory]
    [InlineData("a\tb", "a b")]
    [InlineData("line1\nline2", "line1 line2")]
    [InlineData("a\rb", "a b")]
    public void Tabs_and_line_breaks_become_spaces(string input, string expected)
    {
        Assert.Equal(expected, TerminalText.Sanitize(input));
    }

    [Theory]
    [InlineData("Claude Opus 4.6")]
    [InlineData("$5.00 → $2.50* (−66.7%)")]
    [InlineData("")]
    public void Plain_text_is_untouched(string input)
    {
        Assert.Equal(input, TerminalText.Sanitize(input));
    }

    [Theory]
    [InlineData("深度求索 DeepSeek V3")]
    [InlineData("价格 🚀 下降")]
    [InlineData("👩‍💻 dev")]          // a ZWJ sequence: U+200D is a format character, not a control
    [InlineData("🇯🇵 日本語のモデル")]
    [InlineData("e\u0301te\u0301")]   // combining accents
    public void Emoji_and_CJK_are_preserved(string input)
    {
        Assert.Equal(input, TerminalText.Sanitize(input));
    }

    [Theory]
    [InlineData("\u001b[31m价格\u001b[0m 🚀", "价格 🚀")]
    public void Escapes_around_wide_text_leave_the_text(string input, string expected)
    {
        Assert.Equal(expected, TerminalText.Sanitize(input));
    }

    [Fact]
    public void Null_is_empty()
    {
        Assert.Equal("", TerminalText.Sanitize(null));
    }
}
