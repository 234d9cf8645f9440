using SignalDashboard.Core.Json;

namespace SignalDashboard.Core.Catalog.Import;

/// <summary>The values only catalogs have: a context window, a number of tokens.</summary>
internal static class CatalogValues
{
    /// <summary>
    /// A context window in tokens: a whole, non-negative JSON number (<c>2000000.0</c> is 2000000); 0 means not
    /// known and gives null.
    /// </summary>
    public static int? ContextWindow(this JsonFileNode<CatalogImportException> node)
    {
        var value = node.Number();
        if (value < 0m || value != decimal.Truncate(value) || value > int.MaxValue)
            throw node.Error($"expected a whole number of tokens, found {node.Describe()}");
        return value == 0m ? null : (int)value;
    }

    /// <summary>A number of tokens: a whole, non-negative JSON number (<c>200000</c>, <c>200000.0</c>).</summary>
    public static long TokenCount(this JsonFileNode<CatalogImportException> node)
    {
        var value = node.Number();
        return value >= 0m && value == decimal.Truncate(value) && value <= long.MaxValue
            ? (long)value
            : throw node.Error($"expected a whole number of tokens, found {node.Describe()}");
    }
}
