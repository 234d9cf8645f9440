using System.Security.Cryptography;

namespace SignalDashboard.Tokenizers.Registry;

/// <summary>
/// Where a family's tokenizer.json comes from, in order: the configured folder (<c>SIGDASH_TOKENIZERS</c> or the
/// config file; one sub-folder per family, the layout of ../shared/tokenizers), the cache folder, or a download
/// into the cache (by <paramref name="download"/>, when given). A cached file's sha256 is recorded beside it at
/// download and checked at every load, so a damaged or swapped cache file is refused.
/// </summary>
public sealed class TokenizerFiles(string? configuredFolder, string cacheFolder, Action<TokenizerFamily, string>? download = null)
    : ITokenizerFiles
{
    public const string FileName = "tokenizer.json";
    public const string ShaSuffix = ".sha256";

    public string? ConfiguredFolder { get; } = configuredFolder;
    public string CacheFolder { get; } = cacheFolder;

    public string CachePath(TokenizerFamily family) => Path.Combine(CacheFolder, family.Name, FileName);

    public bool IsPresent(TokenizerFamily family) =>
        (ConfiguredFolder is { Length: > 0 } folder && File.Exists(Path.Combine(folder, family.Name, FileName))) || File.Exists(CachePath(family));

    public string Locate(TokenizerFamily family)
    {
        if (ConfiguredFolder is { Length: > 0 } folder)
        {
            var configured = Path.Combine(folder, family.Name, FileName);
            if (File.Exists(configured)) return configured;
        }
        var cached = CachePath(family);
        if (File.Exists(cached))
        {
            CheckSha(family, cached);
            return cached;
        }
        if (download is null || family.Url is null)
        {
            var where = ConfiguredFolder is { Length: > 0 } f ? $"{Path.Combine(f, family.Name, FileName)} or {cached}" : cached;
            throw new TokenizerLoadException($"tokenizer {family.Name}: no {FileName} at {where}" +
                (family.Url is null ? "" : $" (download it from {family.Url})"));
        }
        download(family, cached);
        CheckSha(family, cached);
        return cached;
    }

    /// <summary>Records the sha256 of a freshly downloaded file (called by the downloader).</summary>
    public static string RecordSha(string path)
    {
        var sha = Sha256Of(path);
        File.WriteAllText(path + ShaSuffix, sha + "\n");
        return sha;
    }

    public static string Sha256Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static void CheckSha(TokenizerFamily family, string path)
    {
        var recordPath = path + ShaSuffix;
        var actual = Sha256Of(path);
        if (family.Sha256 is { Length: > 0 } pinned && !string.Equals(pinned, actual, StringComparison.OrdinalIgnoreCase))
            throw new TokenizerLoadException($"{path}: sha256 {actual} is not the pinned {pinned}; delete it to download again");
        if (File.Exists(recordPath))
        {
            var recorded = File.ReadAllText(recordPath).Trim();
            if (!string.Equals(recorded, actual, StringComparison.OrdinalIgnoreCase))
                throw new TokenizerLoadException($"{path}: sha256 {actual} differs from the {recorded} recorded at download; delete it to download again");
        }
    }
}
