using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Features.Admin.Content;

/// <summary>A condition article staff can tick on a treatment or a team member ("conditions it helps", "conditions they treat").</summary>
public sealed record ConditionChoice(int Id, string Title, bool IsPublished);

internal static class ConditionChoices
{
    public static async Task<IReadOnlyList<ConditionChoice>> ListAsync(ClinicDbContext db, CancellationToken cancellationToken) =>
        await db.Conditions.AsNoTracking().OrderBy(c => c.Title)
            .Select(c => new ConditionChoice(c.Id, c.Title, c.IsPublished))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Makes <paramref name="linked"/> hold exactly the conditions with <paramref name="wantedIds"/>, adding and
    /// removing only the difference (ids of deleted conditions are ignored).
    /// </summary>
    public static async Task SyncAsync(ClinicDbContext db, List<Condition> linked, IReadOnlyCollection<int> wantedIds, CancellationToken cancellationToken)
    {
        linked.RemoveAll(c => !wantedIds.Contains(c.Id));
        var missing = wantedIds.Where(id => linked.All(c => c.Id != id)).ToList();
        if (missing.Count > 0)
        {
            linked.AddRange(await db.Conditions.Where(c => missing.Contains(c.Id)).ToListAsync(cancellationToken));
        }
    }

    /// <summary>The slug staff typed, or one made from the name when they left it empty.</summary>
    public static string SlugOrFromName(string? slug, string? name) =>
        string.IsNullOrWhiteSpace(slug) ? SlugRules.FromTitle(name ?? "") : slug.Trim().ToLowerInvariant();
}
