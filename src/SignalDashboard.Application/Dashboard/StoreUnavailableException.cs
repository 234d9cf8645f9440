namespace SignalDashboard.Dashboard;

/// <summary>
/// The store could not be read or written for the dashboard (in use by another sigdash, damaged, newer, a full
/// disk); <see cref="Exception.Message"/> says why in one line. The dashboard's ports throw it instead of the
/// store's own exception, so the screens need not know the store.
/// </summary>
public sealed class StoreUnavailableException(string message, Exception inner) : Exception(message, inner);
