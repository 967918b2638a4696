namespace PurePhysio.Web.Features.Clinic;

/// <summary>What one save (or one transaction of saves) changed for the public site's caches.</summary>
internal sealed class SiteChange
{
    private readonly HashSet<string> _tags = [];
    private readonly List<Func<string>> _tagsAfterSave = [];
    private bool _changed;

    public bool IsEmpty => !_changed;

    public IReadOnlyCollection<string> Tags => _tags;

    /// <summary>Something the public site reads changed, even if no cached page shows it.</summary>
    public void MarkChanged() => _changed = true;

    public void Evict(string tag)
    {
        _changed = true;
        _tags.Add(tag);
    }

    /// <summary>A tag that names a row's id, which an added row has only after the save.</summary>
    public void EvictAfterSave(Func<string> tag)
    {
        _changed = true;
        _tagsAfterSave.Add(tag);
    }

    /// <summary>Resolves the ids of added rows; call after the save.</summary>
    public void Settle()
    {
        foreach (var tag in _tagsAfterSave)
        {
            _tags.Add(tag());
        }

        _tagsAfterSave.Clear();
    }

    public void Merge(SiteChange other)
    {
        other.Settle();
        _changed |= other._changed;
        _tags.UnionWith(other._tags);
    }
}
