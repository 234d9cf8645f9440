using SignalDashboard.Feeds.Catalogs;

namespace SignalDashboard.Feeds.Tests.Fetching;

/// <summary>Asserts the kind of a <see cref="FetchResult"/> and shows the whole result when it is another.</summary>
internal static class Expect
{
    public static FetchResult.Fetched Fetched(FetchResult result) =>
        result as FetchResult.Fetched ?? throw Fail("Fetched", result);

    public static FetchResult.NotModified NotModified(FetchResult result) =>
        result as FetchResult.NotModified ?? throw Fail("NotModified", result);

    public static FetchResult.Failed Failed(FetchResult result, FetchFailure kind)
    {
        var failed = result as FetchResult.Failed ?? throw Fail($"Failed({kind})", result);
        Assert.True(failed.Kind == kind, $"expected Failed({kind}), got Failed({failed.Kind}): {failed.Reason}");
        return failed;
    }

    private static Exception Fail(string expected, FetchResult actual) =>
        new Xunit.Sdk.XunitException($"expected {expected}, got {actual}");
}
