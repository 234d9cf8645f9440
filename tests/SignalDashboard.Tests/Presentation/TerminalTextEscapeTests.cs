using SignalDashboard.Presentation;

namespace SignalDashboard.Tests.Presentation;

/// <summary>Escape sequences from feeds, files and users are removed whole: no stray parameters are left on screen.</summary>
public sealed class TerminalTextEscapeTests
{
    [Theory]
    [InlineData("\u001b[31mred\u001b[0m", "red")]
    [InlineData("\u001b[1;38;5;196mbold\u001b[m plain", "bold plain")]
    [InlineData("\u001b[38;2;255;0;0mtrue colour\u001b[39m", "true colour")]
    public void Strips_CSI_colour_codes(string input, string expected)
    {
        Assert.Equal(expected, TerminalText.Sanitize(input));
    }

    [Theory]
    [InlineData("\u001b]0;pwned title\u0007Opus", "Opus")]
    [InlineData("\u001b]0;pwned title\u001b\\Opus", "Opus")]
    [InlineData("\u001b]8;;https://evil.example\u001b\\link\u001b]8;;\u001b\\", "link")]
    [InlineData("\u001b]52;c;ZWNobyBoaQ==\u0007x", "x")] // OSC 52 would write the clipboard
    public void Strips_OSC_sequences_ended_by_BEL_or_ST(string input, string expected)
    {
        Assert.Equal(expected, TerminalText.Sanitize(input));
    }

    [Theory]
    [InlineData("\u001b[2J\u001b[Hcleared", "cleared")]
    [InlineData("a\u001b[10;20Hb", "ab")]
    [InlineData("a\u001b[3Ab\u001b[2Kc", "abc")]
    [InlineData("\u001b[?25lhidden cursor\u001b[?25h", "hidden cursor")]
    [InlineData("\u001b7saved\u001b8", "saved")]
    [InlineData("\u001bcreset", "reset")]
    public void Strips_cursor_movement_and_screen_control(string input, string expected)
    {
        Assert.Equal(expected, TerminalText.Sanitize(input));
    }

    [Theory]
    [InlineData("\u001bPq#0;2;0;0;0\u001b\\sixel", "sixel")] // DCS
    [InlineData("\u001b_Gf=100;AAAA\u001b\\img", "img")]     // APC (kitty graphics)
    public void Strips_DCS_and_APC_strings(string input, string expected)
    {
        Assert.Equal(expected, TerminalText.Sanitize(input));
    }

    [Theory]
    [InlineData("\u001b(Bplain\u001b[m", "plain")] // tput sgr0 emits ESC ( B
    [InlineData("\u001b(0lqk\u001b(B", "lqk")]    // line-drawing charset on and off
    [InlineData("\u001b#8x", "x")]                 // DECALN fills the screen with E
    public void Strips_charset_and_other_escape_sequences_with_intermediates_whole(string input, string expected)
    {
        Assert.Equal(expected, TerminalText.Sanitize(input));
    }

    [Theory]
    [InlineData("price\u001b", "price")]
    [InlineData("\u001b", "")]
    [InlineData("price\u001b[", "price")]
    [InlineData("price\u001b[31", "price")]
    [InlineData("price\u001b]0;unterminated title", "price")]
    public void A_lone_or_cut_off_escape_at_the_end_is_dropped(string input, string expected)
    {
        Assert.Equal(expected, TerminalText.Sanitize(input));
    }
}
