using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Features.Clinic;
using PurePhysio.Web.Features.OpeningHours;
using PurePhysio.Web.Features.Seo;

namespace PurePhysio.Web.Features.Shared.Components.ClinicStructuredData;

/// <summary>The clinic's schema.org data block on every page, from the same tables as the header and footer hours.</summary>
public sealed class ClinicStructuredDataViewComponent(ClinicDbContext db, TimeProvider time, SiteUrls urls) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var settings = await db.ClinicSettings.AsNoTracking().FirstOrDefaultAsync();
        if (settings is null)
        {
            return new HtmlContentViewComponentResult(HtmlString.Empty);
        }

        var zone = ClinicTime.FindTimeZone(settings.TimeZoneId);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
        var hours = await OpeningHoursQueries.LoadAsync(db, zone, today);

        var data = Seo.ClinicStructuredData.Build(settings, hours.Schedule, today, urls.BaseUrl(Request));
        return new HtmlContentViewComponentResult(JsonLd.Script(data));
    }
}
