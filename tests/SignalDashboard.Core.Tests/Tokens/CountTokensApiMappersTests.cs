using System.Text;
using SignalDashboard.Core.Tokens;

namespace SignalDashboard.Core.Tests.Tokens;

public sealed class CountTokensApiMappersTests
{
    [Fact]
    public void The_Anthropic_request_is_one_user_message_for_the_model()
    {
        var body = Encoding.UTF8.GetString(CountTokensApiMappers.Request("anthropic", "claude-sonnet-4-5", "hi \"there\"\n世界"));
        Assert.Equal("""{"model":"claude-sonnet-4-5","messages":[{"role":"user","content":"hi \"there\"\n世界"}]}""", body);
    }

    [Fact]
    public void The_Gemini_request_carries_the_text_only()
    {
        var body = Encoding.UTF8.GetString(CountTokensApiMappers.Request("gemini", "gemini-2.5-flash", "hello"));
        Assert.Equal("""{"contents":[{"parts":[{"text":"hello"}]}]}""", body);
    }

    [Theory]
    [InlineData("anthropic", """{"input_tokens": 14}""", 14)]
    [InlineData("gemini", """{"totalTokens": 9, "promptTokensDetails": [{"modality": "TEXT", "tokenCount": 9}]}""", 9)]
    public void The_count_is_read_from_the_documented_field(string vendor, string json, long expected) =>
        Assert.Equal(expected, CountTokensApiMappers.Count(vendor, json, "test"));

    [Theory]
    [InlineData("anthropic", "not json", "the answer is not JSON")]
    [InlineData("anthropic", """{"totalTokens": 9}""", "the answer has no input_tokens")]
    [InlineData("gemini", """{"input_tokens": 9}""", "the answer has no totalTokens")]
    [InlineData("gemini", """{"totalTokens": "9"}""", "totalTokens is not a whole number")]
    [InlineData("gemini", """{"totalTokens": 1.5}""", "totalTokens is not a whole number")]
    [InlineData("anthropic", """[1]""", "the answer has no input_tokens")]
    public void Another_shape_is_a_format_error_naming_the_field_not_the_body(string vendor, string json, string reason)
    {
        var e = Assert.Throws<FormatException>(() => CountTokensApiMappers.Count(vendor, json, "origin"));
        Assert.StartsWith("origin: " + reason, e.Message);
    }

    [Fact]
    public void The_request_limits_are_the_documented_ones()
    {
        Assert.Equal(32_000_000, CountTokensApiMappers.MaxRequestBytes("anthropic"));
        Assert.Equal(20_000_000, CountTokensApiMappers.MaxRequestBytes("gemini"));
    }
}
