using System.Text.RegularExpressions;

namespace SignalDashboard.Core.Catalog.Import;

/// <summary>
/// Recognises LiteLLM keys that name a model in one region or geography: a dotted geography prefix
/// (<c>us.anthropic.claude-…</c>, <c>eu.</c>, <c>apac.</c>, <c>au.</c>, <c>jp.</c>, <c>ca.</c>, <c>global.</c>,
/// <c>us-gov.</c>) or a region path segment after the first one (<c>bedrock/us-east-1/anthropic.claude-…</c>,
/// <c>azure/eu/gpt-4o</c>, <c>azure/global-standard/…</c>).
/// </summary>
internal static partial class LiteLlmRegions
{
    [GeneratedRegex(@"^(?:us|eu|apac|au|jp|ca|global|us-gov)\.(?<rest>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex GeographyPrefix();

    [GeneratedRegex(@"^(?<head>[^/]+)/(?:[a-z]{2}(?:-gov)?-[a-z]+-\d+|us|eu|apac|au|jp|global|global-standard)/(?<rest>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex RegionSegment();

    /// <summary>The keys the same model has without its region (empty when <paramref name="key"/> names no region).</summary>
    public static IEnumerable<string> WithoutRegion(string key)
    {
        if (GeographyPrefix().Match(key) is { Success: true } geography)
            yield return geography.Groups["rest"].Value;
        if (RegionSegment().Match(key) is { Success: true } region)
        {
            yield return region.Groups["rest"].Value;
            yield return $"{region.Groups["head"].Value}/{region.Groups["rest"].Value}";
        }
    }
}
