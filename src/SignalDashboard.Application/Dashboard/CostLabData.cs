using SignalDashboard.Composition;
using SignalDashboard.Configuration;
using SignalDashboard.Core.Cost;
using SignalDashboard.Tokenizers.Registry;

namespace SignalDashboard.Dashboard;

/// <summary>What the Cost lab needs beyond the catalog: the tokenizers, the pricing rules and the sample pair.</summary>
public sealed record CostLabData(TokenizerRegistry Tokenizers, PricingRules Rules, string EnglishSample, string ChineseSample)
{
    /// <summary>
    /// The Cost lab's tokenizers, rules and sample pair. The dashboard never downloads (a download would freeze the
    /// screen): tokenizer files come from the configured folder or the cache (filled by <c>sigdash tokens</c>).
    /// </summary>
    public static CostLabData Load(RunContext context)
    {
        var registry = TokenizerSetup.Registry(context with { Paths = new AppPaths(
            name => name == ConfigLoader.OfflineVariable ? "1" : context.Paths.Environment(name), context.Paths.EnvironmentNames) });
        var folder = Path.Combine(MarketDemo.Feeds(context).Path, "costlab");
        string Sample(string name) => File.Exists(Path.Combine(folder, name)) ? File.ReadAllText(Path.Combine(folder, name)).TrimEnd() : "";
        return new CostLabData(registry, TokenizerSetup.PricingRules(context), Sample("english.txt"), Sample("chinese.txt"));
    }
}
