using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Clinic;
using PurePhysio.Web.Features.Media;

namespace PurePhysio.Web.Features.Team;

public sealed record TeamMemberListItem(string Name, string Slug, string Role, IReadOnlyList<string> SpecialInterests)
{
    /// <summary>Their photo, when staff chose one that is ready for patients (described or decorative).</summary>
    public MediaImageView? Photo { get; init; }
}

public sealed record LinkedArticle(string Title, string Slug);

public sealed record Registration(RegulatorInfo Regulator, string Number);

public sealed record TeamMemberProfile(
    string Name,
    string Slug,
    string Role,
    Registration? Registration,
    IReadOnlyList<string> Qualifications,
    IReadOnlyList<string> Memberships,
    IReadOnlyList<string> SpecialInterests,
    string Bio,
    IReadOnlyList<LinkedArticle> Conditions)
{
    public MediaImageView? Photo { get; init; }
}

/// <summary>
/// What the public team pages read: published profiles in the clinic's order. The list and which
/// profiles exist come from the clinic profile in memory; one profile's details are one query.
/// </summary>
public sealed class TeamQueries(ClinicDbContext db, ClinicProfileCache profiles, MediaLookup media, TimeProvider time)
{
    public async Task<IReadOnlyList<TeamMemberListItem>> ListPublishedAsync(CancellationToken cancellationToken)
    {
        var clinic = await profiles.GetAsync(cancellationToken);
        if (clinic.Team.Count == 0)
        {
            return [];
        }

        // Photos are not in the clinic profile: the page reads them here (and is output-cached; a change to a
        // team member or to any library image evicts every public page, CacheTags).
        var ids = clinic.Team.Select(p => p.Id).ToList();
        var photoIds = await db.Practitioners.AsNoTracking()
            .Where(p => ids.Contains(p.Id) && p.PhotoId != null)
            .Select(p => new { p.Id, PhotoId = p.PhotoId!.Value })
            .ToDictionaryAsync(p => p.Id, p => p.PhotoId, cancellationToken);
        var photos = await media.FindAsync(photoIds.Values, cancellationToken);
        return clinic.Team.Select(p => new TeamMemberListItem(p.Name, p.Slug, p.Role, p.SpecialInterests)
        {
            Photo = photoIds.TryGetValue(p.Id, out var photoId) ? photos.GetValueOrDefault(photoId) : null,
        }).ToList();
    }

    public async Task<TeamMemberProfile?> FindPublishedAsync(string slug, CancellationToken cancellationToken)
    {
        var clinic = await profiles.GetAsync(cancellationToken);
        if (clinic.FindPractitioner(slug) is not { } found)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var p = await db.Practitioners.AsNoTracking()
            .Where(x => x.Id == found.Id)
            .Select(x => new
            {
                x.Name, x.Slug, x.Role, x.RegistrationBody, x.RegistrationNumber, x.Qualifications, x.Memberships, x.SpecialInterests, x.Bio, x.PhotoId,
                Conditions = x.Conditions.Where(c => c.IsPublished && (c.PublishedAt == null || c.PublishedAt <= now)).OrderBy(c => c.Title).Select(c => new LinkedArticle(c.Title, c.Slug)).ToList(),
            })
            .AsSingleQuery()
            .FirstOrDefaultAsync(cancellationToken);
        if (p is null)
        {
            return null;
        }

        var regulator = Regulators.Find(p.RegistrationBody);
        return new TeamMemberProfile(p.Name, p.Slug, p.Role,
            regulator is null ? null : new Registration(regulator, p.RegistrationNumber),
            Practitioner.Lines(p.Qualifications), Practitioner.Lines(p.Memberships), Practitioner.Lines(p.SpecialInterests),
            p.Bio, p.Conditions)
        {
            Photo = p.PhotoId is { } photoId ? (await media.FindAsync([photoId], cancellationToken)).GetValueOrDefault(photoId) : null,
        };
    }
}
