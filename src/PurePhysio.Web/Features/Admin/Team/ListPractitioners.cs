using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;

namespace PurePhysio.Web.Features.Admin.Team;

/// <summary>The admin list of team profiles in the order patients see them, with placeholders flagged.</summary>
public sealed class ListPractitioners(ClinicDbContext db)
{
    public sealed record Row(int Id, string Name, string Role, bool IsPlaceholder, bool IsPublished, int SortOrder);

    public async Task<IReadOnlyList<Row>> HandleAsync(CancellationToken cancellationToken) =>
        await db.Practitioners.AsNoTracking()
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Name)
            .Select(p => new Row(p.Id, p.Name, p.Role, p.IsPlaceholder, p.IsPublished, p.SortOrder))
            .ToListAsync(cancellationToken);
}
