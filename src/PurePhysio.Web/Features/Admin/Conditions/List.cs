using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Content;

namespace PurePhysio.Web.Features.Admin.Conditions;

/// <summary>The list of condition articles with their status and who edited them last.</summary>
public static class ListConditions
{
    public sealed record Item(int Id, string Title, string Slug, ContentStatus Status, DateTimeOffset? PublishedAt,
        DateTimeOffset UpdatedAt, string? UpdatedBy)
    {
        /// <summary>Its pending change, if any: a draft beside the live version, and where its review stands.</summary>
        public bool HasDraft { get; init; }
        public ReviewStatus? Review { get; init; }
    }

    public sealed class Handler(ClinicDbContext db, TimeProvider time)
    {
        public async Task<IReadOnlyList<Item>> HandleAsync(CancellationToken cancellationToken)
        {
            var now = time.GetUtcNow();
            var rows = await db.Conditions.AsNoTracking()
                .OrderBy(c => c.Title)
                .Select(c => new
                {
                    c.Id, c.Title, c.Slug, c.IsPublished, c.PublishedAt, c.UpdatedAt,
                    UpdatedBy = db.ContentRevisions
                        .Where(r => r.ContentType == ContentTypes.Condition && r.ContentId == c.Id)
                        .OrderByDescending(r => r.Id).Select(r => r.UserEmail).FirstOrDefault(),
                    Draft = db.ContentDrafts.Where(d => d.ContentType == ContentTypes.Condition && d.ContentId == c.Id)
                        .Select(d => new { HasContent = d.Snapshot != null, d.ReviewStatus }).FirstOrDefault(),
                })
                .ToListAsync(cancellationToken);
            return rows.Select(c => new Item(c.Id, c.Title, c.Slug, PublishSchedule.StatusOf(c.IsPublished, c.PublishedAt, now),
                c.PublishedAt, c.UpdatedAt, c.UpdatedBy) { HasDraft = c.Draft?.HasContent ?? false, Review = c.Draft?.ReviewStatus }).ToList();
        }
    }
}
