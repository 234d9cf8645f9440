using Microsoft.Extensions.DependencyInjection;
using SignalDashboard.Configuration;
using SignalDashboard.Core.Tokens;
using SignalDashboard.Feeds.CountTokens;
using SignalDashboard.Feeds.Http;
using SignalDashboard.Tokenizers.Registry;

namespace SignalDashboard.Composition;

/// <summary>
/// The vendors' count-tokens APIs as <c>sigdash tokens</c> uses them: a family with an <c>api</c> in tokenizers.json
/// (claude, gemini) is counted by its vendor when a key is configured (<c>apiKeys.anthropic|gemini</c> or
/// <c>SIGDASH_KEY_ANTHROPIC|GEMINI</c>) and <c>SIGDASH_OFFLINE</c> is not set. Base URLs:
/// <c>SIGDASH_COUNT_TOKENS_URL_&lt;VENDOR&gt;</c> (for tests and proxies).
/// </summary>
public static class CountTokensSetup
{
    public const string UrlVariablePrefix = "SIGDASH_COUNT_TOKENS_URL_";

    /// <summary>The vendor API to ask for this family, with the key to ask with; null when there is none to ask.</summary>
    public static (CountTokensApi Api, string Key)? Plan(RunContext context, TokenizerApproximation? approximation)
    {
        if (approximation?.Api is not { } api || !CountTokensApiMappers.Vendors.Contains(api.Vendor)) return null;
        if (context.Paths.Environment(ConfigLoader.OfflineVariable) is { Length: > 0 } o && o is not ("0" or "false")) return null;
        var config = ConfigLoader.Load(context.Paths).Config;
        return CatalogSyncServices.ApiKeys(config)(api.Vendor) is { Length: > 0 } key ? (api, key) : null;
    }

    /// <summary>One count through the vendor's API; a failure comes back as a result with a one-line reason.</summary>
    public static CountTokensResult Count(RunContext context, string vendor, string model, byte[] body, string key)
    {
        var options = new CountTokensOptions
        {
            BaseUrls = CountTokensOptions.DefaultBaseUrls.ToDictionary(
                p => p.Key,
                p => Uri.TryCreate(context.Paths.Environment(UrlVariablePrefix + p.Key.ToUpperInvariant()), UriKind.Absolute, out var url) ? url : p.Value,
                StringComparer.OrdinalIgnoreCase),
            Resilience = CatalogSyncOverrides.Current?.Resilience ?? new CountTokensOptions().Resilience,
            UserAgent = FeedUserAgent.Build(AppVersion.Current, null, "SignalDashboard count tokens"),
        };
        var services = new ServiceCollection();
        services.AddSingleton(context.Time);
        services.AddCountTokensApis(options);
        var provider = services.BuildServiceProvider();
        try
        {
            return provider.GetRequiredService<CountTokensClient>().CountAsync(vendor, model, body, key).GetAwaiter().GetResult();
        }
        finally
        {
            provider.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
