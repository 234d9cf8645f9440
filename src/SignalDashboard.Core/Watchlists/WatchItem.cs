using SignalDashboard.Core.Catalog;

namespace SignalDashboard.Core.Watchlists;

public enum WatchItemKind
{
    Model,
    Asset,
}

/// <summary>
/// One thing a watchlist or an alert watches: a catalog model (<c>provider/model</c>) or a market asset (its
/// symbol). The text form is what users type and what exports carry: a slash means a model.
/// </summary>
public readonly record struct WatchItem(WatchItemKind Kind, string Key)
{
    public static WatchItem ForModel(ModelKey model) => new(WatchItemKind.Model, model.ToString());

    public static WatchItem ForAsset(string symbol) => new(WatchItemKind.Asset, symbol);

    public bool IsModel => Kind == WatchItemKind.Model;

    /// <summary>The model's key; only for a model item.</summary>
    public ModelKey Model => ModelKey.TryParse(Key, out var key) ? key : throw new InvalidOperationException($"{Key} is not a model");

    public override string ToString() => Key;

    /// <summary>"model" or "asset", as exports and the CLI spell the kind.</summary>
    public string KindName => IsModel ? "model" : "asset";

    /// <summary>Parses <c>provider/model</c> (a model) or a symbol (an asset); false for blank or malformed text.</summary>
    public static bool TryParse(string? text, out WatchItem item)
    {
        item = default;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Any(char.IsControl)) return false;
        if (trimmed.Contains('/'))
        {
            if (!ModelKey.TryParse(trimmed, out var model)) return false;
            item = ForModel(model);
            return true;
        }
        if (trimmed.Any(char.IsWhiteSpace)) return false;
        item = ForAsset(trimmed);
        return true;
    }

    /// <summary>Parses an item whose kind is given ("model" / "asset"), as in an import file.</summary>
    public static bool TryParse(string? kind, string? text, out WatchItem item)
    {
        if (!TryParse(text, out item)) return false;
        return kind switch
        {
            "model" => item.IsModel,
            "asset" => !item.IsModel,
            _ => false,
        };
    }
}
