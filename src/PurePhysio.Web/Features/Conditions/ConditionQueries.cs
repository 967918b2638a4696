using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Features.Clinic;
using PurePhysio.Web.Features.Media;
using PurePhysio.Web.Features.Shared;

namespace PurePhysio.Web.Features.Conditions;

public sealed record ConditionListItem(string Title, string Slug, string Summary)
{
    /// <summary>The article's picture for its card, when it has one that is described (or decorative).</summary>
    public MediaImageView? Image { get; init; }
}

/// <summary>The practitioner who reviewed an article, linked to their profile.</summary>
public sealed record ConditionReviewer(string Name, string Role, string Slug);

/// <summary>A treatment that helps with the condition, linked to its page.</summary>
public sealed record ConditionTreatmentLink(string Name, string Slug);

public sealed record ConditionResourceViewModel(string Title, string Url, string Publisher);

public sealed record ConditionDetailsViewModel(
    string Title,
    string Slug,
    string Summary,
    string Introduction,
    IReadOnlyList<string> Symptoms,
    string Body,
    string UrgencyNotice,
    IReadOnlyList<ConditionResourceViewModel> Resources,
    DateOnly? LastReviewedOn,
    DateTimeOffset UpdatedAt,
    int Id = 0)
{
    /// <summary>Other names, one per line as staff typed them: shown as "Also known as" and given as alternateName.</summary>
    public string AlternativeNamesText { get; init; } = "";

    public IReadOnlyList<string> AlternativeNames => Domain.Condition.SplitAlternativeNames(AlternativeNamesText);

    /// <summary>Conditions a patient who landed on the wrong article may be looking for, from the search index.</summary>
    public IReadOnlyList<Search.RelatedArticle> Related { get; init; } = [];

    /// <summary>Ids of the conditions <see cref="Related"/> shows: a save of one of them changes this page too.</summary>
    public IReadOnlyList<int> RelatedIds { get; init; } = [];

    /// <summary>Null when nobody is named or their profile is not published.</summary>
    public ConditionReviewer? ReviewedBy { get; init; }

    /// <summary>The staff member whose approval was the last clinical review, for when no published profile is linked to them.</summary>
    public string ReviewerName { get; init; } = "";

    public IReadOnlyList<ConditionTreatmentLink> Treatments { get; init; } = [];

    public int? ImageId { get; init; }

    /// <summary>The article's picture and the library images its Markdown shows.</summary>
    public PageImages Images { get; init; } = PageImages.None;
}

/// <summary>
/// What the public condition pages read: published articles only. Which articles exist comes from
/// the clinic profile in memory; an article's own text is one query, once per version of the site.
/// The read has its own scope: it is shared by every request that waits for it, and a request that
/// finds the article remembered opens no database connection at all.
/// </summary>
public sealed class ConditionQueries(IServiceScopeFactory scopes, ClinicProfileCache profiles, TimeProvider time)
{
    public const int RelatedCount = 3;

    public async Task<IReadOnlyList<ConditionListItem>> ListPublishedAsync(CancellationToken cancellationToken)
    {
        var clinic = await profiles.GetAsync(cancellationToken);
        // The cards' pictures come with the profile (a changed image reads it again): no query.
        return clinic.ConditionsAt(time.GetUtcNow())
            .Select(c => new ConditionListItem(c.Title, c.Slug, c.Summary) { Image = clinic.ConditionPictures.GetValueOrDefault(c.Id) })
            .ToList();
    }

    /// <summary>The article at <paramref name="slug"/>; null when there is none (no query is made for an unknown slug).</summary>
    public async Task<ConditionDetailsViewModel?> FindPublishedAsync(string slug, CancellationToken cancellationToken)
    {
        var clinic = await profiles.GetAsync(cancellationToken);
        var now = time.GetUtcNow();
        if (clinic.FindCondition(slug, now) is not { } found)
        {
            return null;
        }

        // Read once per version of the site (and change of state), not once per request: the query, its
        // pictures and related conditions are the same for every patient until staff save something.
        // Not cancellable: requests waiting for the same article share the read.
        return await clinic.RememberAsync(CacheTags.Condition(found.Id), now, () => ReadPublishedAsync(clinic, found.Id, now));
    }

    private async Task<ConditionDetailsViewModel?> ReadPublishedAsync(ClinicProfile clinic, int id, DateTimeOffset now)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClinicDbContext>();
        var media = scope.ServiceProvider.GetRequiredService<MediaLookup>();
        var search = scope.ServiceProvider.GetRequiredService<Search.SiteSearch>();
        var article = await db.Conditions.AsNoTracking()
            .Where(c => c.Id == id)
            // One article has a handful of symptoms and resources: one round trip beats split queries.
            .AsSingleQuery()
            .Select(c => new ConditionDetailsViewModel(
                c.Title,
                c.Slug,
                c.Summary,
                c.Introduction,
                c.Symptoms.OrderBy(s => s.SortOrder).Select(s => s.Text).ToList(),
                c.Body,
                c.UrgencyNotice,
                c.Resources.OrderBy(r => r.SortOrder).Select(r => new ConditionResourceViewModel(r.Title, r.Url, r.Publisher)).ToList(),
                c.LastReviewedOn,
                c.UpdatedAt,
                c.Id)
            {
                ImageId = c.ImageId,
                AlternativeNamesText = c.AlternativeNames,
                ReviewerName = c.ReviewedByName,
                ReviewedBy = c.ReviewedBy != null && c.ReviewedBy.IsPublished
                    ? new ConditionReviewer(c.ReviewedBy.Name, c.ReviewedBy.Role, c.ReviewedBy.Slug)
                    : null,
                Treatments = c.Treatments.Where(t => t.IsPublished).OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
                    .Select(t => new ConditionTreatmentLink(t.Name, t.Slug)).ToList(),
            })
            .FirstOrDefaultAsync(CancellationToken.None);
        if (article is null)
        {
            return null;
        }

        var related = await search.RelatedConditionsAsync(article.Slug, RelatedCount, CancellationToken.None);
        return article with
        {
            Images = await media.ForPageAsync(article.ImageId, CancellationToken.None, article.Introduction, article.Body),
            Related = related,
            RelatedIds = [.. related
                .Select(r => clinic.FindCondition(r.Url[(r.Url.LastIndexOf('/') + 1)..], now)?.Id)
                .OfType<int>()],
        };
    }

    /// <summary>Where an old slug of a published article leads now; null when nowhere.</summary>
    public async Task<string?> FindMovedAsync(string oldSlug, CancellationToken cancellationToken)
    {
        var clinic = await profiles.GetAsync(cancellationToken);
        return clinic.FindMovedCondition(oldSlug, time.GetUtcNow()) is { } moved ? PublicPaths.Condition(moved.Slug) : null;
    }
}
