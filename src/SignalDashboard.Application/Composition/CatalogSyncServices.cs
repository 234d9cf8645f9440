using Microsoft.Extensions.DependencyInjection;
using SignalDashboard.Configuration;
using SignalDashboard.Feeds;
using SignalDashboard.Feeds.Catalogs;
using SignalDashboard.Feeds.Http;

namespace SignalDashboard.Composition;

/// <summary>
/// The feed services for one <c>catalog sync</c> or one <c>catalog import URL</c>: the catalog client of
/// <see cref="FeedServices.AddCatalogSync"/> with sigdash's version, the configured API keys, the base URLs from
/// <c>SIGDASH_SOURCE_URL_&lt;NAME&gt;</c>, and the command's clock.
/// </summary>
public static class CatalogSyncServices
{
    /// <summary>
    /// <c>SIGDASH_SOURCE_URL_GENAI_PRICES=http://127.0.0.1:8080/</c> fetches genai-prices from there: the scheme, host and
    /// port (and a path prefix) of the source's URL are replaced, its path and query kept (a mirror, a proxy, a test server).
    /// </summary>
    public const string UrlVariablePrefix = "SIGDASH_SOURCE_URL_";

    /// <summary>The variable that overrides the base URL of <paramref name="source"/>: upper case, '-' as '_'.</summary>
    public static string UrlVariable(string source) => UrlVariablePrefix + source.ToUpperInvariant().Replace('-', '_');

    /// <summary>The base URLs set in the environment for <paramref name="sources"/>.</summary>
    /// <exception cref="ConfigException">A variable holds something other than an absolute http(s) URL.</exception>
    public static IReadOnlyDictionary<string, Uri> BaseUrls(IEnumerable<CatalogSource> sources, Func<string, string?> environment)
    {
        var urls = new Dictionary<string, Uri>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var variable = UrlVariable(source.Name);
            if (environment(variable) is not { Length: > 0 } text)
                continue;
            if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
                throw new ConfigException($"{variable}={text}: expected an absolute http or https URL (the base the source's path is fetched under)");
            urls[source.Name] = url;
        }
        return urls;
    }

    /// <summary>The configured keys by key name (names are case-insensitive, as in the config file).</summary>
    public static Func<string, string?> ApiKeys(AppConfig config) =>
        name => config.ApiKeys.TryGetValue(name.ToLowerInvariant(), out var key) ? key : null;

    public static ServiceProvider Build(RunContext context, Func<string, string?> apiKeys, IReadOnlyDictionary<string, Uri> baseUrls)
    {
        var options = new CatalogSyncOptions
        {
            AppVersion = AppVersion.Current,
            BaseUrls = baseUrls,
            ApiKeys = apiKeys,
            Resilience = CatalogSyncOverrides.Current?.Resilience ?? new FeedResilienceOptions(),
        };
        var services = new ServiceCollection();
        services.AddSingleton(context.Time);
        services.AddCatalogSync(options);
        return services.BuildServiceProvider();
    }
}
