using CatalogNode = SignalDashboard.Core.Json.JsonFileNode<SignalDashboard.Core.Catalog.Import.CatalogImportException>;
namespace SignalDashboard.Core.Catalog.Import;

/// <summary>
/// An entry of a well-formed catalog that could not be read and was left out: which entry (its JSON path, and the
/// provider and model when they could be read), where exactly it is wrong and why. The rest of the catalog is read.
/// </summary>
public sealed record SkippedEntry(string Origin, string Entry, string? Provider, string? Model, string Position, string Reason)
{
    internal static SkippedEntry From(CatalogNode entry, string? provider, string? model, CatalogImportException error) =>
        new(entry.Origin, entry.Path.ToString(), provider, model, error.Position, error.Reason);

    /// <summary>The error the whole file would have given: the entry's own.</summary>
    public CatalogImportException ToException() => new(Origin, Position, Reason);

    /// <summary><c>$[12].models[242] (openrouter openrouter/auto): $[12].models[242].prices.input_mtok: a price cannot be negative (-1000000)</c>.</summary>
    public override string ToString()
    {
        var who = (Provider, Model) switch
        {
            ({ } p, { } m) => $" ({p} {m})",
            ({ } p, null) => $" ({p})",
            (null, { } m) => $" ({m})",
            _ => "",
        };
        return Position == Entry ? $"{Entry}{who}: {Reason}" : $"{Entry}{who}: {Position}: {Reason}";
    }
}
