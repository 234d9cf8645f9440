using System.Globalization;
using SignalDashboard.Core.Catalog;

namespace SignalDashboard.Presentation;

/// <summary>Display formats of money, percentages and token counts. Pure; rounding happens only here.</summary>
public static class PriceFormat
{
    public const string Missing = "—";
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>USD per 1M tokens: two decimals, up to four when needed ($0.05, $0.025, $168.00).</summary>
    public static string Usd(decimal? value)
    {
        if (value is not { } v) return Missing;
        var rounded = Math.Round(v, 4, MidpointRounding.AwayFromZero);
        var text = rounded.ToString("0.00##", Invariant);
        return "$" + text;
    }

    /// <summary>A cost in USD (a request, a scenario): cents from $1, else up to 6 decimals (the value itself stays exact).</summary>
    public static string Cost(decimal value) => value >= 1m
        ? "$" + value.ToString("N2", Invariant)
        : "$" + DecimalText.Invariant(Math.Round(value, 6));

    /// <summary>A market asset's price in USD: two decimals (thousands grouped from $1,000), four below $1.</summary>
    public static string Asset(decimal? value) => value switch
    {
        null => Missing,
        >= 1000 => "$" + value.Value.ToString("#,0.00", Invariant),
        >= 1 => "$" + value.Value.ToString("0.00", Invariant),
        _ => "$" + value.Value.ToString("0.0000", Invariant),
    };

    /// <summary>A price as shown in tables: derived prices (from a discount policy) carry a trailing asterisk.</summary>
    public static string Effective(EffectivePrice? price) =>
        price is null ? Missing : Usd(price.UsdPerMillion) + (price.IsDerived ? DerivedMark : "");

    public const string DerivedMark = "*";

    /// <summary>A signed change in percent with one decimal ("-66.7%", "+12.0%").</summary>
    public static string Percent(decimal? value)
    {
        if (value is not { } v) return Missing;
        var rounded = Math.Round(v, 1, MidpointRounding.AwayFromZero);
        return (rounded > 0 ? "+" : "") + rounded.ToString("0.0", Invariant) + "%";
    }

    /// <summary>A signed change in whole percent, for tight spaces ("-67%", "+12%").</summary>
    public static string WholePercent(decimal? value)
    {
        if (value is not { } v) return Missing;
        var rounded = Math.Round(v, 0, MidpointRounding.AwayFromZero);
        return (rounded > 0 ? "+" : "") + rounded.ToString("0", Invariant) + "%";
    }

    /// <summary>A token count in K/M ("200K", "1M", "1.05M").</summary>
    public static string Tokens(int? count) => count switch
    {
        null => Missing,
        < 1_000 => count.Value.ToString(Invariant),
        < 999_995 => Trim(count.Value / 1_000m) + "K", // from 999,995 on, K would round to "1000K"
        _ => Trim(count.Value / 1_000_000m) + "M",
    };

    private static string Trim(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", Invariant);
}
