using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Features.OpeningHours;

namespace PurePhysio.Web.Features.Shared.Components.SiteFooter;

public sealed record FooterLink(string Text, string Url);

public sealed record SiteFooterViewModel(
    string ClinicName,
    string Phone,
    string Email,
    IReadOnlyList<string> AddressLines,
    IReadOnlyList<OpeningHoursLine> Hours,
    IReadOnlyList<FooterLink> Pages,
    IReadOnlyList<FooterLink> SocialLinks,
    int Year);

/// <summary>Contact details, full weekly hours, footer pages, social links and the copyright line.</summary>
public sealed class SiteFooterViewComponent(ClinicDbContext db, TimeProvider time) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var settings = await db.ClinicSettings.AsNoTracking().FirstOrDefaultAsync();
        var week = await db.OpeningPeriods.AsNoTracking().ToListAsync();
        var pages = await db.StaticPages.AsNoTracking()
            .Where(p => p.IsPublished && p.ShowInFooter)
            .OrderBy(p => p.FooterOrder).ThenBy(p => p.Title)
            .Select(p => new FooterLink(p.Title, "/" + p.Slug))
            .ToListAsync();

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
            settings?.ClinicName ?? SeedData.ClinicName,
            settings?.Phone ?? "",
            settings?.Email ?? "",
            address,
            new OpeningSchedule(TimeZoneInfo.Utc, week.Select(p => (p.Day, new TimeRange(p.Opens, p.Closes)))).Summarize(),
            pages,
            social,
            time.GetUtcNow().Year);
        return View(model);
    }
}
