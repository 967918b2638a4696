using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Clinic;
using PurePhysio.Web.Features.Team;

namespace PurePhysio.Web.Features.Treatments;

public sealed record TreatmentListItem(string Name, string Slug, string Summary, int DurationMinutes, PriceKind PriceKind, decimal? Price,
    bool VideoConsultationAvailable)
{
    public string PriceText => Treatments.PriceText.Format(PriceKind, Price);
}

public sealed record TreatmentDetails(
    string Name,
    string Slug,
    string Summary,
    string WhatHappens,
    string WhoItSuits,
    int DurationMinutes,
    PriceKind PriceKind,
    decimal? Price,
    bool VideoConsultationAvailable,
    IReadOnlyList<LinkedArticle> Conditions)
{
    public string PriceText => Treatments.PriceText.Format(PriceKind, Price);
}

/// <summary>
/// What the public treatment pages read: published treatments in the clinic's order. The list and
/// which treatments exist come from the clinic profile in memory; one treatment's page is one query.
/// </summary>
public sealed class TreatmentQueries(ClinicDbContext db, ClinicProfileCache profiles, TimeProvider time)
{
    public async Task<IReadOnlyList<TreatmentListItem>> ListPublishedAsync(CancellationToken cancellationToken)
    {
        var clinic = await profiles.GetAsync(cancellationToken);
        return clinic.Treatments
            .Select(t => new TreatmentListItem(t.Name, t.Slug, t.Summary, t.DurationMinutes, t.PriceKind, t.Price, t.VideoConsultationAvailable))
            .ToList();
    }

    public async Task<TreatmentDetails?> FindPublishedAsync(string slug, CancellationToken cancellationToken)
    {
        var clinic = await profiles.GetAsync(cancellationToken);
        if (clinic.FindTreatment(slug) is not { } found)
        {
            return null;
        }

        var now = time.GetUtcNow();
        return await db.Treatments.AsNoTracking()
            .Where(t => t.Id == found.Id)
            .AsSingleQuery()
            .Select(t => new TreatmentDetails(t.Name, t.Slug, t.Summary, t.WhatHappens, t.WhoItSuits, t.DurationMinutes, t.PriceKind, t.Price,
                t.VideoConsultationAvailable,
                t.Conditions.Where(c => c.IsPublished && (c.PublishedAt == null || c.PublishedAt <= now))
                    .OrderBy(c => c.Title).Select(c => new LinkedArticle(c.Title, c.Slug)).ToList()))
            .FirstOrDefaultAsync(cancellationToken);
    }
}
