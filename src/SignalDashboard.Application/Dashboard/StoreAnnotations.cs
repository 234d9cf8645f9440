using SignalDashboard.Core.Catalog.Events;
using SignalDashboard.Composition;

namespace SignalDashboard.Dashboard;

/// <summary>
/// Saves the dashboard's annotation edits: the store is opened for each change and closed right after, so a
/// dashboard left open never locks out `sigdash` commands, and every saved note is on disk at once.
/// </summary>
public sealed class StoreAnnotations(Func<StoreSession> open) : IAnnotationStore
{
    public Annotation Add(Annotation annotation)
    {
        using var session = open();
        return session.Annotations.Add(annotation);
    }

    public void Update(Annotation annotation)
    {
        using var session = open();
        if (!session.Annotations.Update(annotation))
            throw new InvalidOperationException($"annotation {annotation.Id} is no longer in the store (deleted elsewhere?)");
    }

    public bool Delete(long id)
    {
        using var session = open();
        return session.Annotations.Delete(id);
    }
}
