namespace SignalDashboard.Core.Json;

/// <summary>
/// The exception a reader throws for a bad value of its file: where (the file or URL, and the JSON path or line) and
/// why. Each reader keeps its own exception type, so callers can tell a bad catalog from a bad assets file.
/// </summary>
public interface IJsonError<out TSelf> where TSelf : Exception
{
    static abstract TSelf At(string origin, string position, string reason);
}
