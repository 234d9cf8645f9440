using CatalogNode = SignalDashboard.Core.Json.JsonFileNode<SignalDashboard.Core.Catalog.Import.CatalogImportException>;
namespace SignalDashboard.Core.Catalog.Import;

/// <summary>
/// Reads a catalog's entries one at a time: an entry that cannot be read is left out and recorded
/// (<see cref="SkippedEntry"/>) instead of failing the whole file, so one bad model does not cost every other change
/// of a real catalog. What is not an entry — the root, a provider's list — still fails the file.
/// </summary>
/// <remarks>
/// A file in which at least as many entries are bad as good is refused after all (<see cref="Finish"/>): that is a
/// file of another shape, not a bad entry, and reading its few good entries as the source's catalog would read as
/// every other model removed. A real catalog has hundreds of entries; one or two bad ones are skipped.
/// </remarks>
internal sealed class EntrySkipper
{
    private readonly List<SkippedEntry> _skipped = [];
    private int _read;

    public IReadOnlyList<SkippedEntry> Skipped => _skipped;

    /// <summary>
    /// <paramref name="read"/>'s value, or default when it throws <see cref="CatalogImportException"/>: then the
    /// entry is recorded as skipped, named by <paramref name="provider"/> and <paramref name="model"/> (each read
    /// leniently, may be null).
    /// </summary>
    public bool TryRead<T>(CatalogNode entry, Func<CatalogNode, T> read, Func<CatalogNode, string?> provider, Func<CatalogNode, string?> model, out T value)
    {
        try
        {
            value = read(entry);
            _read++;
            return true;
        }
        catch (CatalogImportException e)
        {
            _skipped.Add(SkippedEntry.From(entry, Lenient(provider, entry), Lenient(model, entry), e));
            value = default!;
            return false;
        }
    }

    /// <summary>The skipped entries, unless at least as many entries were bad as good: then the first one's error.</summary>
    public IReadOnlyList<SkippedEntry> Finish()
    {
        if (_skipped.Count < _read || _skipped.Count == 0)
            return _skipped;
        var first = _skipped[0];
        if (_skipped.Count == 1)
            throw first.ToException();
        throw new CatalogImportException(first.Origin, first.Position,
            $"{first.Reason} (and {_skipped.Count - 1} more of the {_skipped.Count + _read} entries cannot be read: not a catalog of this format?)");
    }

    /// <summary>A string member of the entry for naming it, or null: never throws.</summary>
    public static string? Text(CatalogNode entry, string name) =>
        entry.Kind == System.Text.Json.JsonValueKind.Object
        && entry.Element.TryGetProperty(name, out var value)
        && value.ValueKind == System.Text.Json.JsonValueKind.String
            ? value.GetString()
            : null;

    private static string? Lenient(Func<CatalogNode, string?> name, CatalogNode entry)
    {
        try
        {
            return name(entry);
        }
        catch (CatalogImportException)
        {
            return null;
        }
    }
}
