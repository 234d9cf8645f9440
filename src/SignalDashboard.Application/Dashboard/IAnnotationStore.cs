using SignalDashboard.Core.Catalog.Events;
using SignalDashboard.Composition;

namespace SignalDashboard.Dashboard;

/// <summary>
/// Where the Events screen saves the user's annotations (the store, opened for each change). A store that cannot be
/// used throws <see cref="StoreUnavailableException"/>.
/// </summary>
public interface IAnnotationStore
{
    /// <summary>Saves a new annotation and returns it with the id the store gave it.</summary>
    Annotation Add(Annotation annotation);

    void Update(Annotation annotation);

    bool Delete(long id);
}
