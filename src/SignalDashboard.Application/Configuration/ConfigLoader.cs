using System.Globalization;
using System.Text.Json;

namespace SignalDashboard.Configuration;

/// <summary>
/// Reads config.json (if present) and applies environment overrides: <c>SIGDASH_DB</c> for the store,
/// <c>SIGDASH_KEY_&lt;NAME&gt;</c> for API keys, <c>SIGDASH_LOG_LEVEL</c>. Unknown keys become warnings.
/// </summary>
public static class ConfigLoader
{
    public const string KeyVariablePrefix = "SIGDASH_KEY_";
    private static readonly string[] LogLevels = ["Debug", "Information", "Warning", "Error"];
    private static readonly HashSet<string> KnownKeys = ["store", "refresh", "apiKeys", "notifyCommand", "bell", "logLevel", "feeds", "tokenizers"];
    private static readonly HashSet<string> FeedKeys = ["autoRefresh", "urls"];

    /// <summary><c>SIGDASH_MARKET_URL_COINGECKO=http://127.0.0.1:8080/</c>: the base URL of one market provider.</summary>
    public const string MarketUrlVariablePrefix = "SIGDASH_MARKET_URL_";

    /// <summary><c>SIGDASH_OFFLINE=1</c>: the dashboard makes no network call unless asked (r/F5).</summary>
    public const string OfflineVariable = "SIGDASH_OFFLINE";

    /// <summary><c>SIGDASH_TOKENIZERS=DIR</c>: the folder of tokenizer.json files (DIR/qwen3/tokenizer.json …).</summary>
    public const string TokenizersVariable = "SIGDASH_TOKENIZERS";

    public sealed record Result(AppConfig Config, string Path, bool FileFound, IReadOnlyList<string> Warnings);

    public static Result Load(AppPaths paths, IEnumerable<string>? environmentNames = null)
    {
        var path = paths.ConfigFile;
        var warnings = new List<string>();
        var config = File.Exists(path) ? Parse(File.ReadAllText(path), path, warnings) : AppConfig.Default;
        config = ApplyEnvironment(config, paths.Environment, environmentNames ?? paths.EnvironmentNames());
        return new Result(config, path, File.Exists(path), warnings);
    }

    public static AppConfig Parse(string json, string path, List<string> warnings)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new ConfigException($"{path}: line {e.LineNumber + 1}: not valid JSON");
        }
        if (root.ValueKind != JsonValueKind.Object)
            throw new ConfigException($"{path}: the top level must be an object");

        var config = AppConfig.Default;
        foreach (var property in root.EnumerateObject())
        {
            var where = $"{path}: \"{property.Name}\"";
            var value = property.Value;
            config = property.Name switch
            {
                "store" => config with { Store = String(value, where) },
                "refresh" => config with { Refresh = Refresh(value, where) },
                "apiKeys" => config with { ApiKeys = Map(value, where, name => name.ToLowerInvariant(), Secret) },
                "notifyCommand" => config with { NotifyCommand = Array(value, where).Select(v => String(v, where)).ToList() },
                "bell" => config with { Bell = Bool(value, where) },
                "logLevel" => config with { LogLevel = LogLevel(String(value, where), where) },
                "feeds" => Feeds(config, value, where, warnings),
                "tokenizers" => config with { TokenizersFolder = String(value, where) },
                _ => config,
            };
            if (!KnownKeys.Contains(property.Name))
                warnings.Add($"{where}: unknown key, ignored (known: {string.Join(", ", KnownKeys)})");
        }
        return config;
    }

    private static AppConfig ApplyEnvironment(AppConfig config, Func<string, string?> environment, IEnumerable<string> names)
    {
        if (environment("SIGDASH_DB") is { Length: > 0 } db)
            config = config with { Store = db };
        if (environment(TokenizersVariable) is { Length: > 0 } tokenizers)
            config = config with { TokenizersFolder = tokenizers };
        if (environment("SIGDASH_LOG_LEVEL") is { Length: > 0 } level)
            config = config with { LogLevel = LogLevel(level, "SIGDASH_LOG_LEVEL") };

        if (environment(OfflineVariable) is { Length: > 0 } offline && offline is not ("0" or "false"))
            config = config with { AutoRefresh = false };
        names = names.ToList();
        var urlVariables = names.Where(n => n.StartsWith(MarketUrlVariablePrefix, StringComparison.Ordinal) && environment(n) is { Length: > 0 }).ToList();
        if (urlVariables.Count > 0)
        {
            var urls = new Dictionary<string, Uri>(config.FeedUrls);
            foreach (var name in urlVariables)
                urls[name[MarketUrlVariablePrefix.Length..].ToLowerInvariant()] = Url(environment(name)!, name);
            config = config with { FeedUrls = urls };
        }

        var keys = new Dictionary<string, string>(config.ApiKeys);
        foreach (var name in names.Where(n => n.StartsWith(KeyVariablePrefix, StringComparison.Ordinal)))
        {
            if (environment(name) is { Length: > 0 } key)
                keys[name[KeyVariablePrefix.Length..].ToLowerInvariant()] = key;
        }
        return config with { ApiKeys = keys };
    }

    private static AppConfig Feeds(AppConfig config, JsonElement value, string where, List<string> warnings)
    {
        foreach (var property in Object(value, where))
        {
            var at = $"{where}.{property.Name}";
            config = property.Name switch
            {
                "autoRefresh" => config with { AutoRefresh = Bool(property.Value, at) },
                "urls" => config with { FeedUrls = Map(property.Value, at, name => name.ToLowerInvariant(), (v, w) => Url(String(v, w), w)) },
                _ => config,
            };
            if (!FeedKeys.Contains(property.Name))
                warnings.Add($"{at}: unknown key, ignored (known: {string.Join(", ", FeedKeys)})");
        }
        return config;
    }

    private static Uri Url(string text, string where) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? url
            : throw new ConfigException($"{where}: expected an absolute http or https URL, found \"{text}\"");

    private static Dictionary<string, TimeSpan> Refresh(JsonElement value, string where) =>
        Map(value, where, name => name, Interval);

    /// <summary>An object as a dictionary; a name given twice (JSON allows it) is an error, not a crash.</summary>
    private static Dictionary<string, T> Map<T>(JsonElement value, string where, Func<string, string> key, Func<JsonElement, string, T> read)
    {
        var map = new Dictionary<string, T>();
        foreach (var property in Object(value, where))
        {
            var at = $"{where}.{property.Name}";
            if (!map.TryAdd(key(property.Name), read(property.Value, at)))
                throw new ConfigException($"{at}: given more than once");
        }
        return map;
    }

    /// <summary>An API key: a string; the error never echoes the value, which may hold the key.</summary>
    private static string Secret(JsonElement value, string where) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw new ConfigException($"{where}: expected a string, found {value.ValueKind.ToString().ToLowerInvariant()}");

    /// <summary>An interval as seconds (a number) or as "hh:mm:ss"; at least one second.</summary>
    private static TimeSpan Interval(JsonElement value, string where)
    {
        TimeSpan? interval = value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetDouble(out var seconds) && seconds < TimeSpan.MaxValue.TotalSeconds => TimeSpan.FromSeconds(seconds),
            JsonValueKind.String when TimeSpan.TryParse(value.GetString(), CultureInfo.InvariantCulture, out var span) => span,
            _ => null,
        };
        return interval is { TotalSeconds: >= 1 } ok
            ? ok
            : throw new ConfigException($"{where}: expected seconds (a number ≥ 1) or \"hh:mm:ss\", found {value.GetRawText()}");
    }

    private static string LogLevel(string text, string where) =>
        LogLevels.FirstOrDefault(l => l.Equals(text, StringComparison.OrdinalIgnoreCase))
        ?? throw new ConfigException($"{where}: expected one of {string.Join(", ", LogLevels)}, found \"{text}\"");

    private static string String(JsonElement value, string where) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw new ConfigException($"{where}: expected a string, found {value.GetRawText()}");

    private static bool Bool(JsonElement value, string where) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new ConfigException($"{where}: expected true or false, found {value.GetRawText()}"),
    };

    private static IEnumerable<JsonProperty> Object(JsonElement value, string where) =>
        value.ValueKind == JsonValueKind.Object ? value.EnumerateObject() : throw new ConfigException($"{where}: expected an object");

    private static IEnumerable<JsonElement> Array(JsonElement value, string where) =>
        value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : throw new ConfigException($"{where}: expected an array");
}
