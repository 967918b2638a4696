using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Features.Treatments;

namespace PurePhysio.Web.Features.Admin.Treatments;

/// <summary>The admin list of treatments, in the order patients see them, with unconfirmed prices flagged.</summary>
public sealed class ListTreatments(ClinicDbContext db)
{
    public sealed record Row(int Id, string Name, string Slug, string Price, bool PriceIsPlaceholder, int DurationMinutes, bool IsPublished, int SortOrder);

    public async Task<IReadOnlyList<Row>> HandleAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Treatments.AsNoTracking()
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
            .Select(t => new { t.Id, t.Name, t.Slug, t.PriceKind, t.Price, t.PriceIsPlaceholder, t.DurationMinutes, t.IsPublished, t.SortOrder })
            .ToListAsync(cancellationToken);
        return rows.Select(t => new Row(t.Id, t.Name, t.Slug, PriceText.Format(t.PriceKind, t.Price), t.PriceIsPlaceholder,
            t.DurationMinutes, t.IsPublished, t.SortOrder)).ToList();
    }
}
