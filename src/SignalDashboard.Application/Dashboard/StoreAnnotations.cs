using SignalDashboard.Composition;
using SignalDashboard.Core.Catalog.Events;

namespace SignalDashboard.Dashboard;

/// <summary>Saves the dashboard's annotation edits, each in its own <see cref="ShortSession"/>.</summary>
public sealed class StoreAnnotations(Func<StoreSession> open) : IAnnotationStore
{
    public Annotation Add(Annotation annotation) => ShortSession.Use(open, s => s.Annotations.Add(annotation));

    public void Update(Annotation annotation)
    {
        if (!ShortSession.Use(open, s => s.Annotations.Update(annotation)))
            throw new InvalidOperationException($"annotation {annotation.Id} is no longer in the store (deleted elsewhere?)");
    }

    public bool Delete(long id) => ShortSession.Use(open, s => s.Annotations.Delete(id));
}
