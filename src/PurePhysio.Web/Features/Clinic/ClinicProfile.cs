using System.Globalization;
using System.Collections.Concurrent;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.OpeningHours;

namespace PurePhysio.Web.Features.Clinic;

/// <summary>A published condition or page as the public site needs it to route, list and link.</summary>
public sealed record PublishedContent(
    int Id,
    string Slug,
    string Title,
    string Summary,
    DateTimeOffset? PublishedAt,
    DateTimeOffset UpdatedAt,
    bool ShowInFooter = false,
    int FooterOrder = 0)
{
    public bool IsVisibleAt(DateTimeOffset now) => PublishedAt is null || PublishedAt <= now;
}

/// <summary>A published team member: the clinic's JSON-LD names them as an employee; /team lists them.</summary>
public sealed record PublishedPractitioner(int Id, string Slug, string Name, string Role, IReadOnlyList<string> SpecialInterests, DateTimeOffset UpdatedAt);

/// <summary>A published treatment: the clinic's JSON-LD offers it; /treatments lists it.</summary>
public sealed record PublishedTreatment(int Id, string Slug, string Name, string Summary, int DurationMinutes, PriceKind PriceKind, decimal? Price,
    bool VideoConsultationAvailable, DateTimeOffset UpdatedAt);

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
    private readonly ConcurrentDictionary<string, Remembered> _remembered = new(StringComparer.Ordinal);
    private volatile Period? _period;
    private static long s_generations;

    /// <summary>A stretch of time in which nothing on the public site changes unless staff save something.</summary>
    private sealed record Period(DateTimeOffset From, DateTimeOffset Until)
    {
        public bool Contains(DateTimeOffset now) => now >= From && now < Until;
    }

    private sealed record Remembered(DateTimeOffset Until, Lazy<Task<object?>> Value);

    public ClinicProfile(
        ClinicSettings? settings,
        OpeningHoursSnapshot hours,
        IReadOnlyList<Testimonial> testimonials,
        IReadOnlyList<PublishedContent> conditions,
        IReadOnlyList<PublishedContent> pages,
        IReadOnlyList<SlugRedirect> redirects,
        IReadOnlyList<PublishedPractitioner>? team = null,
        IReadOnlyList<PublishedTreatment>? treatments = null)
    {
        Generation = Interlocked.Increment(ref s_generations);
        Team = team ?? [];
        Treatments = treatments ?? [];
        Settings = settings;
        TimeZone = hours.Schedule.Zone;
        Hours = hours.Schedule;
        NoticeDays = hours.NoticeDays;
        Testimonials = testimonials;
        Conditions = conditions.OrderBy(c => c.Title, StringComparer.CurrentCulture).ToList();
        Pages = pages;
        _conditionsBySlug = conditions.ToDictionary(c => c.Slug, StringComparer.OrdinalIgnoreCase);
        _pagesBySlug = pages.ToDictionary(p => p.Slug, StringComparer.OrdinalIgnoreCase);
        _conditionsById = conditions.ToDictionary(c => c.Id);
        _pagesById = pages.ToDictionary(p => p.Id);
        _conditionRedirects = Redirects(redirects, ContentTypes.Condition);
        _pageRedirects = Redirects(redirects, ContentTypes.Page);
    }

    /// <summary>Tells this profile from every other read in this process: a new read after each save gets a new number.</summary>
    public long Generation { get; }

    /// <summary>
    /// A key that stays the same while what every page shows (header, footer, the clinic's JSON-LD) stays the
    /// same: this profile and its current period of time. Views cache those parts under it.
    /// </summary>
    public string FragmentKey(DateTimeOffset now) =>
        string.Create(CultureInfo.InvariantCulture, $"{Generation}:{NextChangeAfter(now).UtcTicks}");

    /// <summary>The clinic's settings; null only on a database that has not been seeded.</summary>
    public ClinicSettings? Settings { get; }

    public string ClinicName => Settings?.ClinicName ?? Data.SeedData.ClinicName;

    public TimeZoneInfo TimeZone { get; }

    /// <summary>
    /// Weekly periods, special hours and closures from the day before the profile was read, and the
    /// bank-holiday settings: everything "open now", the header notice and the hours JSON-LD need.
    /// </summary>
    public OpeningSchedule Hours { get; }

    /// <summary>How many days ahead the header announces closures, bank holidays and special hours.</summary>
    public int NoticeDays { get; }

    /// <summary>Published testimonials in the order staff chose.</summary>
    public IReadOnlyList<Testimonial> Testimonials { get; }

    /// <summary>The described library picture of each published condition that has one, for the cards on home and the index.</summary>
    public IReadOnlyDictionary<int, Media.MediaImageView> ConditionPictures { get; init; } = new Dictionary<int, Media.MediaImageView>();

    /// <summary>
    /// When drafts of live conditions and pages are scheduled to replace them. Pages change at those times too
    /// (<see cref="NextChangeAfter"/>), and once one has come <see cref="ClinicProfileCache"/> has it published.
    /// </summary>
    public IReadOnlyList<DateTimeOffset> DraftsDueAt { get; init; } = [];

    /// <summary>Whether a scheduled draft's time has come (it is published before the profile is used).</summary>
    public bool HasDraftDue(DateTimeOffset now) => DraftsDueAt.Any(at => at <= now);

    /// <summary>Published conditions (some perhaps scheduled for later), by title.</summary>
    public IReadOnlyList<PublishedContent> Conditions { get; }

    /// <summary>Published pages (some perhaps scheduled for later).</summary>
    public IReadOnlyList<PublishedContent> Pages { get; }

    /// <summary>Published team members in the order staff chose.</summary>
    public IReadOnlyList<PublishedPractitioner> Team { get; }

    /// <summary>Published treatments in the order staff chose.</summary>
    public IReadOnlyList<PublishedTreatment> Treatments { get; }

    public PublishedPractitioner? FindPractitioner(string slug) =>
        Team.FirstOrDefault(p => string.Equals(p.Slug, slug, StringComparison.OrdinalIgnoreCase));

    public PublishedTreatment? FindTreatment(string slug) =>
        Treatments.FirstOrDefault(t => string.Equals(t.Slug, slug, StringComparison.OrdinalIgnoreCase));

    public DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZone).DateTime);

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
    /// one saved anything: an opening or closing time of today's hours (weekly periods, special hours,
    /// closures and bank holidays applied: the header's open/closed status), local midnight (notices,
    /// closures and "tomorrow" move on, the copyright year) or a scheduled publication (of an item or of
    /// a draft beside a live one). Cached pages
    /// never outlive it.
    /// </summary>
    public DateTimeOffset NextChangeAfter(DateTimeOffset now)
    {
        var period = _period;
        if (period is not null && period.Contains(now))
        {
            return period.Until;
        }

        var until = ComputeNextChangeAfter(now);
        _period = new Period(now, until);
        return until;
    }

    /// <summary>
    /// What the public site derives from this profile's version of the database (an article as its page
    /// shows it, a rendered header), made once and shared until the next change of state
    /// (<see cref="NextChangeAfter"/>). A staff save makes a new profile, and with it an empty store, so
    /// nothing here outlives the rows it was made from. Keys are of content that exists (callers look it
    /// up in the profile first), so the store stays as small as the site. A burst makes a value once;
    /// a failed attempt is forgotten and the next request tries again.
    /// </summary>
    public async Task<T> RememberAsync<T>(string key, DateTimeOffset now, Func<Task<T>> make)
    {
        while (true)
        {
            var entry = _remembered.GetOrAdd(key, static (_, state) => new Remembered(
                state.Until,
                new Lazy<Task<object?>>(async () => await state.make())), (Until: NextChangeAfter(now), make));
            if (now >= entry.Until)
            {
                _remembered.TryRemove(new KeyValuePair<string, Remembered>(key, entry));
                continue;
            }

            try
            {
                return (T)(await entry.Value.Value)!;
            }
            catch
            {
                _remembered.TryRemove(new KeyValuePair<string, Remembered>(key, entry));
                throw;
            }
        }
    }

    private DateTimeOffset ComputeNextChangeAfter(DateTimeOffset now)
    {
        var next = Hours.NextChangeAfter(now);
        foreach (var item in Conditions.Concat(Pages))
        {
            if (item.PublishedAt is { } at && at > now && at < next)
            {
                next = at;
            }
        }

        foreach (var at in DraftsDueAt)
        {
            if (at > now && at < next)
            {
                next = at;
            }
        }

        return next;
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
