using System.Globalization;
using System.Text.Json;
using SignalDashboard.Core.Json;

namespace SignalDashboard.Feeds.Catalogs;

/// <summary>A refresh interval in the sources file.</summary>
internal static class DurationValue
{
    /// <summary>A positive duration: a number of seconds, or a string as <c>hh:mm:ss</c> / <c>d.hh:mm:ss</c> (the config file's convention).</summary>
    public static TimeSpan Duration(this JsonFileNode<CatalogSourceException> node)
    {
        TimeSpan value;
        if (node.Kind == JsonValueKind.Number)
        {
            var seconds = node.Number();
            if (seconds > (decimal)TimeSpan.MaxValue.TotalSeconds)
                throw node.Error($"{seconds} seconds is too long");
            value = TimeSpan.FromSeconds((double)seconds);
        }
        else if (node.Kind == JsonValueKind.String)
        {
            var text = node.String();
            if (!TimeSpan.TryParseExact(text, "c", CultureInfo.InvariantCulture, out value))
                throw node.Error($"expected seconds or \"hh:mm:ss\" (\"d.hh:mm:ss\" for days), found \"{text}\"");
        }
        else
        {
            throw node.Error($"expected seconds or \"hh:mm:ss\", found {node.Describe()}");
        }
        return value > TimeSpan.Zero ? value : throw node.Error($"must be positive, found {value}");
    }
}
