using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Features.Clinic;

namespace PurePhysio.Web.Features.Enquiries;

public sealed class EnquiryQueries(ClinicDbContext db, ClinicProfileCache profiles, TimeProvider time)
{
    /// <summary>The title of a published condition, to prefill the enquiry's reason; null when there is none.</summary>
    public async Task<string?> FindConditionTitleAsync(string? slug, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(slug) || slug.Length > 120)
        {
            return null;
        }

        var clinic = await profiles.GetAsync(cancellationToken);
        return clinic.FindCondition(slug, time.GetUtcNow())?.Title;
    }

    public async Task<bool> ReferenceExistsAsync(string reference, CancellationToken cancellationToken) =>
        await db.Enquiries.AsNoTracking().AnyAsync(e => e.Reference == reference, cancellationToken);
}
