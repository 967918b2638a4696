using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Features.Admin.Enquiries;

/// <summary>The inbox's filter (status and free text), shared by the list and the CSV export so both show the same enquiries.</summary>
internal static class EnquiryFilter
{
    public static IQueryable<Enquiry> Apply(IQueryable<Enquiry> enquiries, EnquiryStatus? status, string? query)
    {
        if (status is { } s)
        {
            enquiries = enquiries.Where(e => e.Status == s);
        }

        if (!string.IsNullOrWhiteSpace(query))
        {
            var q = query.Trim();
            enquiries = enquiries.Where(e => e.Reference.Contains(q) || e.Name.Contains(q) || e.Email.Contains(q) || e.Phone.Contains(q)
                || e.Reason.Contains(q) || e.Message.Contains(q));
        }

        return enquiries;
    }
}
