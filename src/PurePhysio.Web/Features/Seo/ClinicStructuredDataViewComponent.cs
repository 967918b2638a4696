using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using PurePhysio.Web.Features.Clinic;

namespace PurePhysio.Web.Features.Seo;

/// <summary>
/// The clinic's schema.org data block on every page (the layout invokes it by name), from the same profile as the
/// header and footer hours. It lives in Seo so the shared layout parts need not know Seo.
/// </summary>
public sealed class ClinicStructuredDataViewComponent(ClinicProfileCache profiles, TimeProvider time, SiteUrls urls) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var clinic = await profiles.GetAsync(HttpContext.RequestAborted);
        if (clinic.Settings is not { } settings)
        {
            return new HtmlContentViewComponentResult(HtmlString.Empty);
        }

        var offering = new ClinicStructuredData.ClinicOffering(clinic.Team, clinic.Treatments);
        var data = ClinicStructuredData.Build(settings, clinic.Hours, clinic.Today(time.GetUtcNow()), offering, urls.BaseUrl(Request));
        return new HtmlContentViewComponentResult(JsonLd.Script(data));
    }
}
