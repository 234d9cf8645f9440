using System.Globalization;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Events;
using SignalDashboard.Presentation;

namespace SignalDashboard.Composition;

/// <summary>
/// The annotation editor's fields as text, checked and turned into an <see cref="Annotation"/>. Pure: the
/// editor view shows <see cref="Error"/> and keeps the user's text when a field is wrong.
/// </summary>
public sealed record AnnotationForm(string Date, string Title, string Note, string Tags, string Link)
{
    public static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-MM-dd HH:mm"];

    public static AnnotationForm Blank(DateTimeOffset now) => new(Format(now), "", "", "", "");

    public static AnnotationForm Of(Annotation a) => new(
        Format(a.Time),
        a.Title,
        a.Note ?? "",
        string.Join(", ", a.Tags ?? []),
        a.Model?.ToString() ?? a.Asset ?? "");

    /// <summary>The annotation these fields describe (with <paramref name="id"/>), or the reason they do not.</summary>
    public (Annotation? Annotation, string? Error) ToAnnotation(long id)
    {
        if (!DateTime.TryParseExact(Date.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
            return (null, $"date: expected YYYY-MM-DD or YYYY-MM-DD HH:MM (UTC), found \"{TerminalText.Sanitize(Date)}\"");
        var title = TerminalText.Sanitize(Title).Trim();
        if (title.Length == 0)
            return (null, "title: an annotation needs a title");

        var tags = Tags.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(TerminalText.Sanitize).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var link = Link.Trim();
        ModelKey? model = null;
        string? asset = null;
        if (link.Contains('/'))
        {
            if (!ModelKey.TryParse(link, out var key))
                return (null, $"link: expected provider/model or an asset symbol, found \"{TerminalText.Sanitize(link)}\"");
            model = key;
        }
        else if (link.Length > 0)
        {
            asset = link.ToUpperInvariant();
        }

        var note = TerminalText.Sanitize(Note).Trim();
        return (new Annotation(id, new DateTimeOffset(time, TimeSpan.Zero), title, note.Length == 0 ? null : note, tags, model, asset), null);
    }

    private static string Format(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return utc.TimeOfDay == TimeSpan.Zero
            ? utc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : utc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
    }
}
