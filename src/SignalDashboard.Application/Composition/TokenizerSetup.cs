using System.Globalization;
using SignalDashboard.Configuration;
using SignalDashboard.Core.Cost;
using SignalDashboard.Feeds.Http;
using SignalDashboard.Feeds.Tokenizers;
using SignalDashboard.Tokenizers;
using SignalDashboard.Tokenizers.Registry;

namespace SignalDashboard.Composition;

/// <summary>
/// The tokenizer registry as the CLI and the dashboard use it: definitions from feeds/tokenizers/tokenizers.json,
/// files from the configured folder (<c>SIGDASH_TOKENIZERS</c> / <c>"tokenizers"</c> in config.json), the cache
/// ($XDG_CACHE_HOME/signaldashboard/tokenizers) or a download on first use (not with <c>SIGDASH_OFFLINE=1</c>).
/// </summary>
public static class TokenizerSetup
{
    private static readonly Lazy<HttpClient> Http = new(() =>
    {
        var client = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(FeedUserAgent.Build(AppVersion.Current, null, "tokenizer download"));
        return client;
    });

    /// <param name="status">Told download progress, one line at a time (the CLI writes it to stderr).</param>
    public static TokenizerRegistry Registry(RunContext context, Action<string>? status = null)
    {
        var config = ConfigLoader.Load(context.Paths).Config;
        var feeds = MarketDemo.Feeds(context);
        var path = Path.Combine(feeds.Path, TokenizerDefinitions.RelativePath);
        if (!File.Exists(path)) throw new TokenizerLoadException($"{path}: the tokenizer definitions are missing");
        var definitions = TokenizerDefinitions.Read(File.ReadAllText(path), path);
        var offline = context.Paths.Environment(ConfigLoader.OfflineVariable) is { Length: > 0 } o && o is not ("0" or "false");
        Action<TokenizerFamily, string>? download = offline ? null : (family, destination) => Download(family, destination, status);
        return new TokenizerRegistry(definitions, new TokenizerFiles(config.TokenizersFolder, context.Paths.TokenizerCache, download));
    }

    /// <summary>The pricing rules of feeds/cost/pricing-rules.json (none when the file is absent).</summary>
    public static PricingRules PricingRules(RunContext context)
    {
        var path = Path.Combine(MarketDemo.Feeds(context).Path, Core.Cost.PricingRules.RelativePath);
        return File.Exists(path) ? Core.Cost.PricingRules.Read(File.ReadAllText(path), path) : Core.Cost.PricingRules.None;
    }

    private static void Download(TokenizerFamily family, string destination, Action<string>? status)
    {
        var lastTenth = -1;
        var progress = new InlineProgress<Feeds.Catalogs.FetchProgress>(p =>
        {
            var tenth = p.Fraction is { } f ? (int)(f * 10) : -1;
            if (tenth == lastTenth) return;
            lastTenth = tenth;
            status?.Invoke(p.Fraction is { } fraction
                ? $"downloading {family.Name} tokenizer.json: {(fraction * 100).ToString("0", CultureInfo.InvariantCulture)}% of {p.ContentLength:N0} bytes"
                : $"downloading {family.Name} tokenizer.json: {p.BytesRead:N0} bytes");
        });
        try
        {
            new FileDownloader(Http.Value).DownloadAsync(family.Url!, destination, family.MaxBytes, family.Sha256, progress).GetAwaiter().GetResult();
        }
        catch (DownloadException e)
        {
            throw new TokenizerLoadException($"tokenizer {family.Name}: {e.Message}", e);
        }
    }

    private sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
