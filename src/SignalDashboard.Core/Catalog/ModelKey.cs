namespace SignalDashboard.Core.Catalog;

/// <summary>A model's identity: the provider id and the model id as the provider spells it.</summary>
public readonly record struct ModelKey(string Provider, string Model)
{
    public override string ToString() => $"{Provider}/{Model}";

    /// <summary>Parses <c>provider/model</c>.</summary>
    public static bool TryParse(string text, out ModelKey key)
    {
        var slash = text.IndexOf('/');
        if (slash <= 0 || slash == text.Length - 1)
        {
            key = default;
            return false;
        }
        key = new ModelKey(text[..slash], text[(slash + 1)..]);
        return true;
    }
}
