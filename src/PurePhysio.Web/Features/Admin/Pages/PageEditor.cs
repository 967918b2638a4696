using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Audit;
using PurePhysio.Web.Features.Admin.Content;

namespace PurePhysio.Web.Features.Admin.Pages;

/// <summary>Reads and saves static pages for the admin area: every save is versioned, revisioned and audited.</summary>
public sealed class PageEditor(ClinicDbContext db, RevisionStore revisions, AuditLog audit, TimeProvider time)
{
    public async Task<IReadOnlyList<PageAdminListItem>> ListAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var rows = await db.StaticPages.AsNoTracking()
            .OrderBy(c => c.Title)
            .Select(c => new
            {
                c.Id, c.Title, c.Slug, c.IsPublished, c.PublishedAt, c.UpdatedAt, c.ShowInFooter,
                UpdatedBy = db.ContentRevisions
                    .Where(r => r.ContentType == ContentTypes.Page && r.ContentId == c.Id)
                    .OrderByDescending(r => r.Id).Select(r => r.UserEmail).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(c => new PageAdminListItem(c.Id, c.Title, c.Slug, PublishSchedule.StatusOf(c.IsPublished, c.PublishedAt, now),
            c.PublishedAt, c.UpdatedAt, c.UpdatedBy, c.ShowInFooter)).ToList();
    }

    public async Task<(PageSnapshot Snapshot, int Version)?> FindAsync(int id, CancellationToken cancellationToken)
    {
        var c = await db.StaticPages.AsNoTracking()
            .FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        return c is null ? null : (SnapshotOf(c), c.Version);
    }

    public async Task<SaveOutcome> SaveAsync(int? id, int expectedVersion, PageSnapshot content, PublishChoice? publish,
        DateTimeOffset? requestedPublishAt, string summary, string auditAction, CancellationToken cancellationToken)
    {
        if (await db.StaticPages.AnyAsync(c => c.Slug == content.Slug && c.Id != (id ?? 0), cancellationToken))
        {
            return new SaveOutcome(SaveStatus.SlugTaken);
        }

        var now = time.GetUtcNow();
        StaticPage? entity;
        if (id is null)
        {
            entity = new StaticPage { Title = "", Slug = "", Summary = "", CreatedAt = now };
            db.StaticPages.Add(entity);
        }
        else
        {
            entity = await db.StaticPages
                .FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (entity is null)
            {
                return new SaveOutcome(SaveStatus.NotFound);
            }

            if (entity.Version != expectedVersion)
            {
                return await ConflictAsync(entity.Id, entity.Version, cancellationToken);
            }

            await revisions.AddBaselineIfNoneAsync(ContentTypes.Page, entity.Id, entity.Version, SnapshotOf(entity), entity.UpdatedAt, cancellationToken);
        }

        var oldSlug = entity.Slug;
        var oldWasPublic = id is not null && PublishSchedule.StatusOf(entity.IsPublished, entity.PublishedAt, now) == ContentStatus.Published;

        entity.Title = content.Title;
        entity.Slug = content.Slug;
        entity.Summary = content.Summary;
        entity.Body = content.Body;
        entity.ShowInFooter = content.ShowInFooter;
        entity.FooterOrder = content.FooterOrder;
        if (publish is { } choice)
        {
            (entity.IsPublished, entity.PublishedAt) = PublishSchedule.Resolve(choice, requestedPublishAt, entity.PublishedAt, now);
        }

        entity.UpdatedAt = now;
        entity.Version = expectedVersion + 1;

        var stored = content with { IsPublished = entity.IsPublished, PublishedAt = entity.PublishedAt };
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            await strategy.ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                // Also for new content: a slug that used to redirect elsewhere now belongs to this item.
                await revisions.MoveSlugAsync(ContentTypes.Page, entity.Id, oldSlug, entity.Slug, oldWasPublic, cancellationToken);

                revisions.Add(ContentTypes.Page, entity.Id, entity.Version, stored, summary);
                audit.Add(auditAction, $"Page {entity.Id}: {entity.Title}", summary);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            });
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write: the version check in the UPDATE refused ours.
            db.ChangeTracker.Clear();
            var current = await db.StaticPages.AsNoTracking().Where(c => c.Id == entity.Id).Select(c => (int?)c.Version).FirstOrDefaultAsync(cancellationToken);
            return current is null ? new SaveOutcome(SaveStatus.NotFound) : await ConflictAsync(entity.Id, current.Value, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique slug index refused a slug taken between our check and our write.
            if (await SlugTakenByOtherAsync(content.Slug, id, cancellationToken))
            {
                return new SaveOutcome(SaveStatus.SlugTaken);
            }

            throw;
        }

        return new SaveOutcome(SaveStatus.Saved, entity.Id, entity.Version);
    }

    public async Task<bool> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var entity = await db.StaticPages.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (entity is null)
        {
            return false;
        }

        db.StaticPages.Remove(entity);
        audit.Add(AuditActions.ContentDeleted, $"Page {entity.Id}: {entity.Title}", $"Web address was /{entity.Slug}");
        await db.SaveChangesAsync(cancellationToken);
        await revisions.DeleteAllForAsync(ContentTypes.Page, id, cancellationToken);
        return true;
    }

    private async Task<bool> SlugTakenByOtherAsync(string slug, int? id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.StaticPages.AnyAsync(c => c.Slug == slug && c.Id != (id ?? 0), cancellationToken);
    }

    private async Task<SaveOutcome> ConflictAsync(int id, int currentVersion, CancellationToken cancellationToken)
    {
        var latest = await db.ContentRevisions.AsNoTracking()
            .Where(r => r.ContentType == ContentTypes.Page && r.ContentId == id)
            .OrderByDescending(r => r.Id)
            .Select(r => new { r.UserEmail, r.CreatedAt })
            .FirstOrDefaultAsync(cancellationToken);
        return new SaveOutcome(SaveStatus.Conflict, id, currentVersion, latest?.UserEmail, latest?.CreatedAt);
    }

    public static PageSnapshot SnapshotOf(StaticPage p) => new(p.Title, p.Slug, p.Summary, p.Body, p.ShowInFooter, p.FooterOrder)
    {
        IsPublished = p.IsPublished,
        PublishedAt = p.PublishedAt,
    };
}
