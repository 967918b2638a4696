using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using PurePhysio.Web.Features.Clinic;
using PurePhysio.Web.Features.Seo;

namespace PurePhysio.Web.Features.Shared.Components.ClinicStructuredData;

/// <summary>The clinic's schema.org data block on every page, from the same profile as the header and footer hours.</summary>
public sealed class ClinicStructuredDataViewComponent(ClinicProfileCache profiles, TimeProvider time, SiteUrls urls) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var clinic = await profiles.GetAsync(HttpContext.RequestAborted);
        if (clinic.Settings is not { } settings)
        {
            return new HtmlContentViewComponentResult(HtmlString.Empty);
        }

        var offering = new Seo.ClinicStructuredData.ClinicOffering(clinic.Team, clinic.Treatments);
        var data = Seo.ClinicStructuredData.Build(settings, clinic.Hours, clinic.Today(time.GetUtcNow()), offering, urls.BaseUrl(Request));
        return new HtmlContentViewComponentResult(JsonLd.Script(data));
    }
}
