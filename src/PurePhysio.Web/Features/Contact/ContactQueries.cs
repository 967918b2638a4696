using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Features.OpeningHours;

namespace PurePhysio.Web.Features.Contact;

/// <summary>The Contact page's block: the clinic's settings and weekly hours.</summary>
public sealed class ContactQueries(ClinicDbContext db)
{
    public const string ContactPageSlug = "contact";

    public async Task<ContactDetails?> FindAsync(CancellationToken cancellationToken)
    {
        var settings = await db.ClinicSettings.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            return null;
        }

        var week = await db.OpeningHours.AsNoTracking().ToListAsync(cancellationToken);
        var hours = OpeningHoursCalculator.Summarize(week).Select(l => new HoursLine(l.Days, l.Hours)).ToList();
        return ContactDetails.From(settings, hours);
    }
}
