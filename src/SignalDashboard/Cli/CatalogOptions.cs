using System.CommandLine;
using System.Globalization;
using SignalDashboard.Core.Catalog.Import;
using SignalDashboard.Composition;

namespace SignalDashboard.Cli;

/// <summary>Options shared by the catalog import commands: <c>--format</c> of the input and <c>--as-of</c>.</summary>
public static class CatalogOptions
{
    private static readonly string[] FormatNames = ["auto", .. Enum.GetValues<CatalogFormat>().Select(f => f.Name())];

    public static Option<string> CatalogFormat(string name = "--catalog-format")
    {
        var option = new Option<string>(name)
        {
            Description = $"Format of the input: {string.Join(", ", FormatNames)}",
            DefaultValueFactory = _ => "auto",
            HelpName = string.Join('|', FormatNames),
        };
        option.AcceptOnlyFromAmong(FormatNames);
        return option;
    }

    public static Option<string?> AsOf(string description) => DayOption("--as-of", description);

    public static Option<string?> Since() => DayOption("--since", "Only events on or after this day");

    /// <summary>An option that takes a day as YYYY-MM-DD; anything else is a bad command line (exit 2) naming the option.</summary>
    public static Option<string?> DayOption(string name, string description)
    {
        var option = new Option<string?>(name) { Description = description, HelpName = "YYYY-MM-DD" };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && !TryParseDay(text, out _))
                result.AddError($"{name}: expected a date as YYYY-MM-DD, found '{text}'");
        });
        return option;
    }

    public static DateOnly Day(string? text, RunContext context) =>
        text is not null && TryParseDay(text, out var day) ? day : context.Today;

    /// <summary>The day of an option that <see cref="DayOption"/> made and validated; null when not given.</summary>
    public static DateOnly? OptionalDay(string? text) => text is not null && TryParseDay(text, out var day) ? day : null;

    public static CatalogFormat? Format(string? name) =>
        name is null or "auto" ? null : CatalogFormats.TryParse(name, out var format) ? format : null;

    private static bool TryParseDay(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
