using SignalDashboard.Core.Catalog.Events;
using SignalDashboard.Dashboard;

namespace SignalDashboard.Tui.Events;

/// <summary>
/// The user's annotations as the Events screen edits them: every change is saved in the store first, and the list
/// changes only when the store took it (a store that throws leaves the list as it was).
/// </summary>
public sealed class AnnotationBook(IReadOnlyList<Annotation> annotations, IAnnotationStore store, Func<DateTimeOffset> now)
{
    private readonly List<Annotation> _all = annotations.ToList();

    public IReadOnlyList<Annotation> All => _all;

    /// <summary>The time a new annotation starts with.</summary>
    public DateTimeOffset Now => now();

    public Annotation? Find(long id) => _all.FirstOrDefault(a => a.Id == id);

    /// <summary>Adds an annotation with id 0 (the store gives it one), or replaces the one with its id; returns it as saved.</summary>
    public Annotation Save(Annotation annotation)
    {
        if (annotation.Id == 0)
        {
            annotation = store.Add(annotation);
            _all.Add(annotation);
        }
        else
        {
            store.Update(annotation);
            _all[_all.FindIndex(a => a.Id == annotation.Id)] = annotation;
        }
        return annotation;
    }

    /// <summary>Deletes the annotation from the store and, when the store had it, from the list.</summary>
    public void Delete(long id)
    {
        if (store.Delete(id)) _all.RemoveAll(a => a.Id == id);
    }
}
