using SignalDashboard.Core.Catalog.Events;
using System.Globalization;

namespace SignalDashboard.Presentation;

/// <summary>Decimals as machine-readable output writes them: no trailing zeros of the scale (5.00 → 5), invariant culture.</summary>
public static class DecimalText
{
    /// <summary>Drops trailing zeros of a decimal's scale without changing its value.</summary>
    public static decimal Normalize(decimal value) => DiffKeys.Normalize(value);

    public static string Invariant(decimal value) => Normalize(value).ToString(CultureInfo.InvariantCulture);
}
