using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using PurePhysio.Web.Features.Clinic;
using PurePhysio.Web.Features.Seo;

namespace PurePhysio.Web.Features.Shared.Components.ClinicStructuredData;

/// <summary>The clinic's schema.org data block on every page, from the same tables as the header and footer hours.</summary>
public sealed class ClinicStructuredDataViewComponent(ClinicProfileCache profiles, TimeProvider time, SiteUrls urls) : ViewComponent
{
    public const int ClosuresAhead = 10;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var clinic = await profiles.GetAsync(HttpContext.RequestAborted);
        if (clinic.Settings is not { } settings)
        {
            return new HtmlContentViewComponentResult(HtmlString.Empty);
        }

        var closures = clinic.ClosuresFrom(clinic.Today(time.GetUtcNow())).Take(ClosuresAhead).ToList();
        var data = Seo.ClinicStructuredData.Build(settings, clinic.Week, closures, urls.BaseUrl(Request));
        return new HtmlContentViewComponentResult(JsonLd.Script(data));
    }
}
