using PurePhysio.Web.Features.Clinic;

namespace PurePhysio.Web.Features.Contact;

/// <summary>The Contact page's block: the clinic's settings and weekly hours, from the clinic profile in memory (no query).</summary>
public sealed class ContactQueries(ClinicProfileCache profiles)
{
    public const string ContactPageSlug = "contact";

    public async Task<ContactDetails?> FindAsync(CancellationToken cancellationToken)
    {
        var clinic = await profiles.GetAsync(cancellationToken);
        if (clinic.Settings is not { } settings)
        {
            return null;
        }

        var hours = clinic.Hours.Summarize().Select(l => new HoursLine(l.Days, l.Hours)).ToList();
        return ContactDetails.From(settings, hours);
    }
}
