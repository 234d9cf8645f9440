using SignalDashboard.Configuration;

namespace SignalDashboard.Tests.Configuration;

/// <summary>A bad value is a <see cref="ConfigException"/> whose one-line message names the file and the key.</summary>
public sealed class ConfigLoaderErrorTests : IDisposable
{
    private readonly ConfigFiles _files = new();

    [Theory]
    [InlineData("""{ "store": 5 }""", "store")]
    [InlineData("""{ "store": null }""", "store")]
    [InlineData("""{ "refresh": [] }""", "refresh")]
    [InlineData("""{ "refresh": { "markets": 0 } }""", "markets")]
    [InlineData("""{ "refresh": { "markets": -60 } }""", "markets")]
    [InlineData("""{ "refresh": { "markets": "soon" } }""", "markets")]
    [InlineData("""{ "refresh": { "markets": 1e300 } }""", "markets")]
    [InlineData("""{ "refresh": { "markets": 60, "markets": 120 } }""", "markets")]
    [InlineData("""{ "apiKeys": "abc" }""", "apiKeys")]
    [InlineData("""{ "apiKeys": { "coingecko": 12345 } }""", "coingecko")]
    [InlineData("""{ "apiKeys": { "coingecko": "a-key-one-000000", "CoinGecko": "a-key-two-000000" } }""", "CoinGecko")]
    [InlineData("""{ "notifyCommand": "notify-send hi" }""", "notifyCommand")]
    [InlineData("""{ "notifyCommand": ["notify-send", 1] }""", "notifyCommand")]
    [InlineData("""{ "logLevel": "Verbose" }""", "logLevel")]
    [InlineData("""{ "logLevel": 3 }""", "logLevel")]
    public void Names_the_file_and_the_key(string json, string key)
    {
        _files.Write(json);

        var error = Assert.Throws<ConfigException>(() => _files.Load());

        Assert.Contains(_files.Path, error.Message);
        Assert.Contains(key, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData("{ \"store\": ")]
    [InlineData("not json")]
    [InlineData("{ \"store\": \"a\" } trailing")]
    public void Invalid_json_names_the_file_and_the_line(string json)
    {
        _files.Write(json);

        var error = Assert.Throws<ConfigException>(() => _files.Load());

        Assert.StartsWith(_files.Path + ": line ", error.Message);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"store\"")]
    [InlineData("null")]
    public void A_top_level_that_is_not_an_object_names_the_file(string json)
    {
        _files.Write(json);

        var error = Assert.Throws<ConfigException>(() => _files.Load());

        Assert.StartsWith(_files.Path, error.Message);
    }

    [Theory]
    [InlineData("""{ "apiKeys": { "coingecko": "CG-secret-value-9876" }, "logLevel": "Loud" }""")]
    [InlineData("""{ "apiKeys": { "coingecko": { "key": "CG-secret-value-9876" } } }""")]
    [InlineData("""{ "apiKeys": { "coingecko": ["CG-secret-value-9876"] } }""")]
    public void An_api_key_value_never_appears_in_an_error(string json)
    {
        _files.Write(json);

        var error = Assert.Throws<ConfigException>(() => _files.Load());

        Assert.DoesNotContain("secret-value", error.Message);
    }

    public void Dispose() => _files.Dispose();
}
