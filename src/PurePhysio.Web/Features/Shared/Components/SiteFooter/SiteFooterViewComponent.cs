using Microsoft.AspNetCore.Mvc;
using PurePhysio.Web.Features.Clinic;
using PurePhysio.Web.Features.OpeningHours;

namespace PurePhysio.Web.Features.Shared.Components.SiteFooter;

internal sealed record FooterLink(string Text, string Url);

internal sealed record SiteFooterViewModel(
    string ClinicName,
    string Phone,
    string Email,
    IReadOnlyList<string> AddressLines,
    IReadOnlyList<OpeningHoursLine> Hours,
    IReadOnlyList<FooterLink> Pages,
    IReadOnlyList<FooterLink> SocialLinks,
    int Year);

/// <summary>Contact details, full weekly hours, footer pages, social links and the copyright line.</summary>
public sealed class SiteFooterViewComponent(ClinicProfileCache profiles, TimeProvider time) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var clinic = await profiles.GetAsync(HttpContext.RequestAborted);
        var now = time.GetUtcNow();
        var settings = clinic.Settings;
        var pages = clinic.FooterPagesAt(now).Select(p => new FooterLink(p.Title, PublicPaths.Page(p.Slug))).ToList();

        var social = new List<FooterLink>();
        if (!string.IsNullOrWhiteSpace(settings?.TwitterUrl))
        {
            social.Add(new FooterLink("Latest from Twitter", settings.TwitterUrl));
        }

        if (!string.IsNullOrWhiteSpace(settings?.FacebookUrl))
        {
            social.Add(new FooterLink("Like our page on Facebook", settings.FacebookUrl));
        }

        if (!string.IsNullOrWhiteSpace(settings?.InstagramUrl))
        {
            social.Add(new FooterLink("Follow us on Instagram", settings.InstagramUrl));
        }

        var address = new[] { settings?.StreetAddress, settings?.Locality, settings?.Region, settings?.PostalCode }
            .Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!).ToList();

        var model = new SiteFooterViewModel(
            clinic.ClinicName,
            settings?.Phone ?? "",
            settings?.Email ?? "",
            address,
            clinic.Hours.Summarize(),
            pages,
            social,
            clinic.Today(now).Year);
        return View(model);
    }
}
