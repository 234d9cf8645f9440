using System.Text.Json;
using System.Text.RegularExpressions;
using SignalDashboard.Core.Catalog.Import;
using SignalDashboard.Core.Json;
using SourceNode = SignalDashboard.Core.Json.JsonFileNode<SignalDashboard.Feeds.Catalogs.CatalogSourceException>;

namespace SignalDashboard.Feeds.Catalogs;

/// <summary>
/// Reads <c>feeds/sources/catalogs.json</c> (format described in <c>feeds/sources/README.md</c>). Every problem is
/// reported with the file, the JSON path of the offending value and the reason; nothing is half-read.
/// </summary>
public static partial class CatalogSourcesReader
{
    public const string FormatName = "sigdash-catalog-sources";
    public const int FormatVersion = 1;

    /// <summary>Where the file is inside the <c>feeds/</c> folder.</summary>
    public static readonly string RelativePath = Path.Combine("sources", "catalogs.json");

    /// <summary>No source may ask for more than this (1 GB): a typo in the file should not exhaust memory.</summary>
    public const long MaxAllowedBytes = 1024 * CatalogSource.Megabyte;

    /// <summary>Reads the definitions in <c>feeds/sources/catalogs.json</c> under <paramref name="feedsFolder"/>.</summary>
    /// <exception cref="CatalogSourceException">The file is missing or wrong; the message names it.</exception>
    public static IReadOnlyList<CatalogSource> ReadFeedsFolder(string feedsFolder) => ReadFile(Path.Combine(feedsFolder, RelativePath));

    /// <exception cref="CatalogSourceException">The file is missing or wrong; the message names it.</exception>
    public static IReadOnlyList<CatalogSource> ReadFile(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CatalogSourceException(path, "file", $"cannot be read ({e.Message})");
        }
        return Read(json, path);
    }

    /// <param name="json">The file's text.</param>
    /// <param name="file">The file's name, for messages.</param>
    /// <exception cref="CatalogSourceException">The text is not a valid definition file.</exception>
    public static IReadOnlyList<CatalogSource> Read(string json, string file)
    {
        using var document = JsonFileText.Parse<CatalogSourceException>(json, file);
        var root = SourceNode.Root(file, document.RootElement).Object();
        root.RequireFormat(FormatName, FormatVersion);

        var sourcesNode = root.Required("sources");
        var sources = new List<CatalogSource>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (node, index) in sourcesNode.Array().Select((n, i) => (n, i)))
        {
            var source = ReadSource(node);
            if (!seen.TryAdd(source.Name, index))
                throw node.Required("name").Error($"the name \"{source.Name}\" is already used by $.sources[{seen[source.Name]}]");
            sources.Add(source);
        }
        return sources;
    }

    private static CatalogSource ReadSource(SourceNode node)
    {
        node.Object();
        var nameNode = node.Required("name");
        var name = nameNode.NonEmptyString();
        if (!NamePattern().IsMatch(name))
            throw nameNode.Error($"\"{name}\" is not a valid name: use lower-case letters, digits and '-'");

        var formatNode = node.Required("format");
        var formatName = formatNode.NonEmptyString();
        if (!CatalogFormats.TryParse(formatName, out var format))
        {
            var known = string.Join(", ", Enum.GetValues<CatalogFormat>().Select(f => f.Name()));
            throw formatNode.Error($"unknown format \"{formatName}\" (known: {known})");
        }

        var urlNode = node.Required("url");
        var urlText = urlNode.NonEmptyString();
        if (!Uri.TryCreate(urlText, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            throw urlNode.Error($"expected an absolute http or https URL, found \"{urlText}\"");
        if (!string.IsNullOrEmpty(url.UserInfo))
            throw urlNode.Error("must not carry a user name or password; use \"key\" for credentials");

        var refresh = node.Required("refresh").Duration();
        var maxNode = node.Required("maxMegabytes");
        var megabytes = maxNode.Number();
        var maxBytes = (long)Math.Round(megabytes * CatalogSource.Megabyte);
        if (maxBytes <= 0 || maxBytes > MaxAllowedBytes)
            throw maxNode.Error($"expected more than 0 and at most {MaxAllowedBytes / CatalogSource.Megabyte} (MB), found {megabytes}");

        var key = node.Optional("key") is { } keyNode ? ReadKey(keyNode, name) : null;
        return new CatalogSource(name, format, url, refresh, maxBytes, key);
    }

    private static CatalogKeyHeader ReadKey(SourceNode node, string sourceName)
    {
        node.Object();
        var headerNode = node.Required("header");
        var header = headerNode.NonEmptyString();
        if (!HeaderNamePattern().IsMatch(header))
            throw headerNode.Error($"\"{header}\" is not a valid HTTP header name");
        if (ReservedHeaders.Contains(header))
            throw headerNode.Error($"\"{header}\" is set by sigdash itself and cannot carry a key");
        var prefix = node.Optional("prefix")?.String() ?? "";
        var keyName = node.Optional("name")?.NonEmptyString() ?? sourceName;
        return new CatalogKeyHeader(header, prefix, keyName);
    }

    private static readonly HashSet<string> ReservedHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "User-Agent", "If-None-Match", "If-Modified-Since", "Content-Length", "Content-Type",
        "Transfer-Encoding", "Connection", "Accept-Encoding",
    };

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex NamePattern();

    // RFC 9110 token characters.
    [GeneratedRegex(@"^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$")]
    private static partial Regex HeaderNamePattern();

}
