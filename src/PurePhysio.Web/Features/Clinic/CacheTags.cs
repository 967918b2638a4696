using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Features.Clinic;

/// <summary>
/// The one place that knows what a staff save changes on the public site: which rows the public
/// site reads (any change to them makes the <see cref="ClinicProfile"/> be read again) and which
/// output-cache entries to evict.
/// A new content type joins here, and its public pages tag themselves with the same names.
/// </summary>
internal static class CacheTags
{
    /// <summary>Every public page: they all show the header, hours, footer and clinic data.</summary>
    public const string Site = "site";

    /// <summary>Pages that list conditions: home, the conditions index, the sitemap.</summary>
    public const string ConditionList = "conditions";

    /// <summary>Pages that list static pages: the sitemap.</summary>
    public const string PageList = "pages";

    /// <summary>Join tables (EF shared-type entities) of treatments and team members to the conditions they link.</summary>
    public const string PractitionerConditions = "PractitionerConditions";

    public const string TreatmentConditions = "TreatmentConditions";

    public static string Condition(int id) => $"condition:{id}";

    public static string Page(int id) => $"page:{id}";

    /// <summary>What one changed row means for the caches. Ids of added rows are read after the save.</summary>
    internal static void Collect(EntityEntry entry, SiteChange change)
    {
        switch (entry.Entity)
        {
            case ClinicSettings or Domain.OpeningHours or OpeningPeriod or SpecialOpeningHours or OpeningHoursSettings or Closure or Testimonial:
                change.Evict(Site);
                break;
            case Condition condition:
                change.Evict(ConditionList);
                change.EvictAfterSave(() => Condition(condition.Id));
                break;
            case Symptom or ConditionResource:
                // Shown on their condition's page only.
                var conditionId = entry.Property(nameof(Symptom.ConditionId));
                change.Evict(Condition((int)conditionId.OriginalValue!));
                change.EvictAfterSave(() => Condition((int)conditionId.CurrentValue!));
                break;
            case StaticPage page:
                change.Evict(PageList);
                change.EvictAfterSave(() => Page(page.Id));
                if (page.ShowInFooter || entry.Property(nameof(StaticPage.ShowInFooter)).OriginalValue is true)
                {
                    change.Evict(Site);
                }

                break;
            case Practitioner or Treatment:
                // Every page's clinic JSON-LD names the published team (employee) and treatments
                // (makesOffer, priceRange); condition pages show their reviewer and treatments.
                change.Evict(Site);
                break;
            case Dictionary<string, object> when entry.Metadata.Name is PractitionerConditions or TreatmentConditions:
                // A condition ticked or unticked on a treatment or a profile: both pages link to each other.
            case MediaImage when entry.State != EntityState.Added:
                // Pages show a library image by id, and finding which ones means searching their text: a
                // described, replaced or deleted image (rare staff edits) evicts every public page. A new
                // image is on no page yet.
                change.Evict(Site);
                break;
            case SearchSynonymGroup:
                // Not shown on cached pages, but related conditions trust the site version (SearchSnapshotCache).
                change.MarkChanged();
                break;
            case ContentDraft when entry.Property(nameof(ContentDraft.PublishAt)) is var publishAt
                                   && (publishAt.CurrentValue is not null || publishAt.OriginalValue is not null):
                // Patients never see a draft, but a scheduled one changes pages at its time: the profile knows when.
                change.MarkChanged();
                break;
            case SlugRedirect:
                // Redirects are answered from the profile; 301s are not output-cached.
                change.MarkChanged();
                break;
        }
    }

    internal static bool IsChange(EntityEntry entry) =>
        entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted;
}
