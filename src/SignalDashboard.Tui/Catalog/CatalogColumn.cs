namespace SignalDashboard.Tui.Catalog;

/// <summary>The columns of the models table, in display order (<see cref="CatalogColumns.All"/> describes each).</summary>
public enum CatalogColumn
{
    Provider,
    Model,
    Tier,
    Input,
    Output,
    Cached,
    BatchInput,
    Context,
    Tokenizer,
    LastChange,
    Sources,
}
