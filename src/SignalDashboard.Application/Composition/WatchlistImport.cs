using SignalDashboard.Core.Watchlists;
using SignalDashboard.Presentation.Watchlists;
using SignalDashboard.Storage;

namespace SignalDashboard.Composition;

/// <summary>What an import did: the list, whether it was created (else its items were replaced), and the items skipped.</summary>
public sealed record WatchlistImportOutcome(Watchlist List, bool Created, IReadOnlyList<string> Skipped);

/// <summary>
/// Imports a watchlist file (CSV or JSON, told apart by its text) into the store: the list of that name is created,
/// or its items are replaced by the file's, in the file's order. Every item must be a model of the catalog or a
/// defined asset; unknown ones are reported by line and the import changes nothing, unless
/// <c>skipUnknown</c> (the user's consent) lets the known ones in.
/// </summary>
public static class WatchlistImport
{
    /// <exception cref="WatchlistException">Malformed file or unknown items without consent; the message names the file and lines.</exception>
    public static WatchlistImportOutcome Run(string file, string text, WatchUniverse universe, WatchlistRepository lists, bool skipUnknown, string? asName = null)
    {
        WatchlistDocument document;
        try
        {
            document = WatchlistFiles.Read(text);
        }
        catch (FormatException e)
        {
            throw new WatchlistException($"{file}: {e.Message}");
        }

        var items = new List<WatchItem>();
        var unknown = new List<string>();
        foreach (var entry in document.Items)
        {
            if (entry.Parse() is not { } item)
                throw new WatchlistException($"{file}: line {entry.Line}: \"{entry.Kind}\" \"{entry.Text}\" is not a model (provider/model) or an asset symbol");
            if (universe.Resolve(item) is { } known) items.Add(known);
            else unknown.Add($"line {entry.Line}: unknown {item.KindName} {item.Key}");
        }
        if (unknown.Count > 0 && !skipUnknown)
            throw new WatchlistException($"{file}: {Count(unknown.Count)} ({string.Join("; ", unknown)}); nothing was imported — pass --skip-unknown to import the rest");

        var list = new Watchlist(asName ?? document.Name, items.Distinct().ToList());
        var created = lists.Replace(list);
        return new WatchlistImportOutcome(list, created, unknown);
    }

    private static string Count(int n) => n == 1 ? "1 unknown item" : $"{n} unknown items";
}
