using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Features.Clinic;

/// <summary>A published condition or page as the public site needs it to route, list and link.</summary>
public sealed record PublishedContent(
    int Id,
    string Slug,
    string Title,
    string Summary,
    DateTimeOffset? PublishedAt,
    DateTimeOffset UpdatedAt,
    int Version,
    bool ShowInFooter = false,
    int FooterOrder = 0)
{
    public bool IsVisibleAt(DateTimeOffset now) => PublishedAt is null || PublishedAt <= now;
}

/// <summary>
/// What every public page shows and everything the public site needs to route a request, read once
/// from the database and kept in memory by <see cref="ClinicProfileCache"/> until staff change any of
/// it (<see cref="SiteCacheInterceptor"/>). Immutable: the entities in it are detached snapshots that
/// no one may change.
/// </summary>
public sealed class ClinicProfile
{
    private readonly Dictionary<string, PublishedContent> _conditionsBySlug;
    private readonly Dictionary<string, PublishedContent> _pagesBySlug;
    private readonly Dictionary<int, PublishedContent> _conditionsById;
    private readonly Dictionary<int, PublishedContent> _pagesById;
    private readonly Dictionary<string, int> _conditionRedirects;
    private readonly Dictionary<string, int> _pageRedirects;
    private readonly TimeOnly[] _hourBoundaries;

    public ClinicProfile(
        ClinicSettings? settings,
        IReadOnlyList<Domain.OpeningHours> week,
        IReadOnlyList<Closure> closures,
        IReadOnlyList<Testimonial> testimonials,
        IReadOnlyList<PublishedContent> conditions,
        IReadOnlyList<PublishedContent> pages,
        IReadOnlyList<SlugRedirect> redirects)
    {
        Settings = settings;
        TimeZone = ClinicTime.FindTimeZone(settings?.TimeZoneId);
        Week = week;
        Closures = closures;
        Testimonials = testimonials;
        Conditions = conditions.OrderBy(c => c.Title, StringComparer.CurrentCulture).ToList();
        Pages = pages;
        _conditionsBySlug = conditions.ToDictionary(c => c.Slug, StringComparer.OrdinalIgnoreCase);
        _pagesBySlug = pages.ToDictionary(p => p.Slug, StringComparer.OrdinalIgnoreCase);
        _conditionsById = conditions.ToDictionary(c => c.Id);
        _pagesById = pages.ToDictionary(p => p.Id);
        _conditionRedirects = Redirects(redirects, ContentTypes.Condition);
        _pageRedirects = Redirects(redirects, ContentTypes.Page);
        _hourBoundaries = week
            .SelectMany(d => new[] { d.Opens, d.Closes })
            .OfType<TimeOnly>()
            .Distinct()
            .Order()
            .ToArray();
    }

    /// <summary>The clinic's settings; null only on a database that has not been seeded.</summary>
    public ClinicSettings? Settings { get; }

    public string ClinicName => Settings?.ClinicName ?? Data.SeedData.ClinicName;

    public TimeZoneInfo TimeZone { get; }

    public IReadOnlyList<Domain.OpeningHours> Week { get; }

    /// <summary>Closures that had not ended on the day the profile was read; filter by today before showing.</summary>
    public IReadOnlyList<Closure> Closures { get; }

    /// <summary>Published testimonials in the order staff chose.</summary>
    public IReadOnlyList<Testimonial> Testimonials { get; }

    /// <summary>Published conditions (some perhaps scheduled for later), by title.</summary>
    public IReadOnlyList<PublishedContent> Conditions { get; }

    /// <summary>Published pages (some perhaps scheduled for later).</summary>
    public IReadOnlyList<PublishedContent> Pages { get; }

    public DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZone).DateTime);

    public IEnumerable<Closure> ClosuresFrom(DateOnly day) => Closures.Where(c => c.EndDate >= day);

    public IEnumerable<PublishedContent> ConditionsAt(DateTimeOffset now) => Conditions.Where(c => c.IsVisibleAt(now));

    public IEnumerable<PublishedContent> PagesAt(DateTimeOffset now) => Pages.Where(p => p.IsVisibleAt(now));

    /// <summary>Footer links: published pages staff chose to show there, scheduled ones only once their time has come.</summary>
    public IEnumerable<PublishedContent> FooterPagesAt(DateTimeOffset now) =>
        PagesAt(now).Where(p => p.ShowInFooter).OrderBy(p => p.FooterOrder).ThenBy(p => p.Title, StringComparer.CurrentCulture);

    public PublishedContent? FindCondition(string slug, DateTimeOffset now) =>
        _conditionsBySlug.TryGetValue(slug, out var c) && c.IsVisibleAt(now) ? c : null;

    public PublishedContent? FindPage(string slug, DateTimeOffset now) =>
        _pagesBySlug.TryGetValue(slug, out var p) && p.IsVisibleAt(now) ? p : null;

    /// <summary>The visible condition an old slug of it now leads to, if any.</summary>
    public PublishedContent? FindMovedCondition(string oldSlug, DateTimeOffset now) =>
        _conditionRedirects.TryGetValue(oldSlug, out var id) && _conditionsById.TryGetValue(id, out var c) && c.IsVisibleAt(now) ? c : null;

    public PublishedContent? FindMovedPage(string oldSlug, DateTimeOffset now) =>
        _pageRedirects.TryGetValue(oldSlug, out var id) && _pagesById.TryGetValue(id, out var p) && p.IsVisibleAt(now) ? p : null;

    /// <summary>
    /// The next moment after <paramref name="now"/> at which a page may read differently although no
    /// one saved anything: an opening or closing time (the header's open/closed status), local midnight
    /// (closures start and end, "tomorrow" becomes "today", the copyright year) or a scheduled
    /// publication. Cached pages never outlive it.
    /// </summary>
    public DateTimeOffset NextChangeAfter(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, TimeZone);
        var today = DateOnly.FromDateTime(local.DateTime);
        var timeOfDay = TimeOnly.FromDateTime(local.DateTime);

        var next = LocalToUtc(today.AddDays(1), TimeOnly.MinValue);
        foreach (var boundary in _hourBoundaries)
        {
            if (boundary > timeOfDay)
            {
                var at = LocalToUtc(today, boundary);
                if (at > now && at < next)
                {
                    next = at;
                }

                break;
            }
        }

        foreach (var item in Conditions.Concat(Pages))
        {
            if (item.PublishedAt is { } at && at > now && at < next)
            {
                next = at;
            }
        }

        return next;
    }

    private DateTimeOffset LocalToUtc(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        // A time skipped by a clock change (01:30 when clocks go forward) happens at the change itself.
        while (TimeZone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }

        // A time that happens twice (when clocks go back) counts from its first occurrence.
        var offset = TimeZone.IsAmbiguousTime(local) ? TimeZone.GetAmbiguousTimeOffsets(local).Max() : TimeZone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    private static Dictionary<string, int> Redirects(IEnumerable<SlugRedirect> redirects, string contentType)
    {
        var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in redirects.Where(r => r.ContentType == contentType).OrderBy(r => r.CreatedAt))
        {
            map[r.OldSlug] = r.ContentId;
        }

        return map;
    }
}
