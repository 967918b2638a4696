using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Features.Clinic;
using PurePhysio.Web.Features.Seo;

namespace PurePhysio.Web.Features.Shared.Components.ClinicStructuredData;

/// <summary>The clinic's schema.org data block on every page, from the same tables as the header and footer hours.</summary>
public sealed class ClinicStructuredDataViewComponent(ClinicDbContext db, TimeProvider time, SiteUrls urls) : ViewComponent
{
    public const int ClosuresAhead = 10;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var settings = await db.ClinicSettings.AsNoTracking().FirstOrDefaultAsync();
        if (settings is null)
        {
            return new HtmlContentViewComponentResult(HtmlString.Empty);
        }

        var week = await db.OpeningHours.AsNoTracking().ToListAsync();
        var zone = ClinicTime.FindTimeZone(settings.TimeZoneId);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
        var closures = await db.Closures.AsNoTracking()
            .Where(c => c.EndDate >= today)
            .OrderBy(c => c.StartDate)
            .Take(ClosuresAhead)
            .ToListAsync();

        var team = await db.Practitioners.AsNoTracking().Where(p => p.IsPublished)
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Name)
            .Select(p => new Seo.ClinicStructuredData.TeamMemberSummary(p.Name, p.Role, p.Slug))
            .ToListAsync();
        var treatments = await db.Treatments.AsNoTracking().Where(t => t.IsPublished)
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
            .Select(t => new Seo.ClinicStructuredData.TreatmentSummary(t.Name, t.Slug, t.PriceKind, t.Price))
            .ToListAsync();
        var data = Seo.ClinicStructuredData.Build(settings, week, closures, new(team, treatments), urls.BaseUrl(Request));
        return new HtmlContentViewComponentResult(JsonLd.Script(data));
    }
}
