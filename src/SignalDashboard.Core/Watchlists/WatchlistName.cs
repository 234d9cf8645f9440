namespace SignalDashboard.Core.Watchlists;

/// <summary>What a watchlist may be called: 1–64 characters, no control characters, no leading or trailing spaces.</summary>
public static class WatchlistName
{
    public const int MaxLength = 64;

    /// <summary>The name given to the list created when the first item is added from the dashboard.</summary>
    public const string Default = "Watchlist";

    /// <summary>Null when <paramref name="name"/> is acceptable, else why not.</summary>
    public static string? Problem(string? name) => name switch
    {
        null or "" => "a watchlist needs a name",
        _ when string.IsNullOrWhiteSpace(name) => "a watchlist needs a name",
        _ when name.Trim() != name => $"\"{name}\": a watchlist name cannot start or end with a space",
        _ when name.Length > MaxLength => $"a watchlist name has at most {MaxLength} characters",
        _ when name.Any(char.IsControl) => "a watchlist name cannot contain control characters",
        _ => null,
    };

    /// <summary>Names compare without regard to case: "Main" and "main" are one list.</summary>
    public static StringComparer Comparer => StringComparer.OrdinalIgnoreCase;
}
