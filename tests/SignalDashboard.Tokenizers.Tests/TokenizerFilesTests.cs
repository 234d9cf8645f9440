using SignalDashboard.TestSupport;
using SignalDashboard.Tokenizers.Registry;

namespace SignalDashboard.Tokenizers.Tests;

public sealed class TokenizerFilesTests
{
    private static readonly TokenizerFamily Qwen = new("qwen3", TokenizerKind.TokenizerJson, "", new Uri("http://127.0.0.1:9/qwen3.json"), null, 64L << 20);

    [SkippableFact]
    public void The_configured_folder_comes_first_then_the_cache_then_a_download_into_the_cache()
    {
        var shared = RepoPaths.SharedFile("tokenizers");
        using var temp = new TempFolder();
        Assert.Equal(Path.Combine(shared, "qwen3", "tokenizer.json"), new TokenizerFiles(shared, temp.Path).Locate(Qwen));

        var downloads = 0;
        var files = new TokenizerFiles(temp.File("empty"), temp.File("cache"), (family, destination) =>
        {
            downloads++;
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(Path.Combine(shared, family.Name, "tokenizer.json"), destination);
            TokenizerFiles.RecordSha(destination);
        });
        var path = files.Locate(Qwen);
        Assert.Equal(files.CachePath(Qwen), path);
        Assert.Equal(path, files.Locate(Qwen));
        Assert.Equal(1, downloads);

        var registry = new TokenizerRegistry(new TokenizerDefinitions([Qwen], []), files);
        Assert.Equal(TokenizerFixtures.Get("qwen3").Count("价格下降了"), registry.Get("qwen3").Count("价格下降了"));
    }

    [Fact]
    public void A_cached_file_that_no_longer_matches_its_recorded_sha256_is_refused()
    {
        using var temp = new TempFolder();
        var files = new TokenizerFiles(null, temp.Path);
        var path = files.CachePath(Qwen);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "{}");
        TokenizerFiles.RecordSha(path);
        File.WriteAllText(path, "{ }");
        var e = Assert.Throws<TokenizerLoadException>(() => files.Locate(Qwen));
        Assert.Contains("differs from the", e.Message);
    }

    [Fact]
    public void Without_a_file_or_a_download_the_error_says_where_it_looked_and_where_to_get_it()
    {
        using var temp = new TempFolder();
        var e = Assert.Throws<TokenizerLoadException>(() => new TokenizerFiles(temp.File("mine"), temp.File("cache")).Locate(Qwen));
        Assert.Contains(temp.File("mine"), e.Message);
        Assert.Contains("http://127.0.0.1:9/qwen3.json", e.Message);
    }

    [Fact]
    public void A_family_without_a_tokenizer_resolves_to_its_named_approximation()
    {
        var path = Path.Combine(RepoPaths.Feeds, TokenizerDefinitions.RelativePath);
        var registry = new TokenizerRegistry(TokenizerDefinitions.Read(File.ReadAllText(path), path), new TokenizerFiles(null, "/nonexistent"));
        Assert.Equal(TokenizerChoice.Exact("o200k_base"), registry.Resolve("o200k_base"));
        var claude = registry.Resolve("claude")!;
        Assert.True(claude.Approximate);
        Assert.Equal("cl100k_base", claude.Tokenizer);
        Assert.Null(registry.Resolve("unknown-family"));
    }
}
