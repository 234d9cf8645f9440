using SignalDashboard.TestSupport;

namespace SignalDashboard.Core.Tests.Markets;

/// <summary>Recorded-shape provider responses under Markets/Fixtures (written from the providers' documented shapes).</summary>
internal static class MarketFixtures
{
    public static string Path(string name) =>
        System.IO.Path.Combine(RepoPaths.Root, "tests", "SignalDashboard.Core.Tests", "Markets", "Fixtures", name);

    public static string Text(string name) => File.ReadAllText(Path(name));

    public static DateTimeOffset Utc(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal);
}
