using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Audit;
using PurePhysio.Web.Features.Admin.Content;

namespace PurePhysio.Web.Features.Admin.Conditions;

/// <summary>Reads and saves condition articles for the admin area: every save is versioned, revisioned and audited.</summary>
public sealed class ConditionEditor(ClinicDbContext db, RevisionStore revisions, AuditLog audit, TimeProvider time)
{
    public async Task<IReadOnlyList<ConditionAdminListItem>> ListAsync(CancellationToken cancellationToken)
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
            })
            .ToListAsync(cancellationToken);
        return rows.Select(c => new ConditionAdminListItem(c.Id, c.Title, c.Slug, PublishSchedule.StatusOf(c.IsPublished, c.PublishedAt, now),
            c.PublishedAt, c.UpdatedAt, c.UpdatedBy)).ToList();
    }

    public async Task<(ConditionSnapshot Snapshot, int Version)?> FindAsync(int id, CancellationToken cancellationToken)
    {
        var c = await db.Conditions.AsNoTracking().AsSingleQuery()
            .Include(x => x.Symptoms).Include(x => x.Resources)
            .FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        return c is null ? null : (SnapshotOf(c), c.Version);
    }

    public async Task<SaveOutcome> SaveAsync(int? id, int expectedVersion, ConditionSnapshot content, PublishChoice? publish,
        DateTimeOffset? requestedPublishAt, string summary, string auditAction, CancellationToken cancellationToken)
    {
        if (await db.Conditions.AnyAsync(c => c.Slug == content.Slug && c.Id != (id ?? 0), cancellationToken))
        {
            return new SaveOutcome(SaveStatus.SlugTaken);
        }

        var now = time.GetUtcNow();
        Condition? entity;
        if (id is null)
        {
            entity = new Condition { Title = "", Slug = "", Summary = "", CreatedAt = now };
            db.Conditions.Add(entity);
        }
        else
        {
            entity = await db.Conditions.AsSingleQuery().Include(c => c.Symptoms).Include(c => c.Resources)
                .FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (entity is null)
            {
                return new SaveOutcome(SaveStatus.NotFound);
            }

            if (entity.Version != expectedVersion)
            {
                return await ConflictAsync(entity.Id, entity.Version, cancellationToken);
            }

            await revisions.AddBaselineIfNoneAsync(ContentTypes.Condition, entity.Id, entity.Version, SnapshotOf(entity), entity.UpdatedAt, cancellationToken);
        }

        var oldSlug = entity.Slug;
        var oldWasPublic = id is not null && PublishSchedule.StatusOf(entity.IsPublished, entity.PublishedAt, now) == ContentStatus.Published;

        entity.Title = content.Title;
        entity.Slug = content.Slug;
        entity.Summary = content.Summary;
        entity.Introduction = content.Introduction;
        entity.Body = content.Body;
        entity.UrgencyNotice = content.UrgencyNotice;
        entity.LastReviewedOn = content.LastReviewedOn;
        if (publish is { } choice)
        {
            (entity.IsPublished, entity.PublishedAt) = PublishSchedule.Resolve(choice, requestedPublishAt, entity.PublishedAt, now);
        }

        entity.Symptoms.Clear();
        entity.Symptoms.AddRange(content.Symptoms.Select((text, i) => new Symptom { Text = text, SortOrder = i }));
        entity.Resources.Clear();
        entity.Resources.AddRange(content.Resources.Select((r, i) => new ConditionResource { Title = r.Title, Url = r.Url, Publisher = r.Publisher, SortOrder = i }));
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
                await revisions.MoveSlugAsync(ContentTypes.Condition, entity.Id, oldSlug, entity.Slug, oldWasPublic, cancellationToken);

                revisions.Add(ContentTypes.Condition, entity.Id, entity.Version, stored, summary);
                audit.Add(auditAction, $"Condition {entity.Id}: {entity.Title}", summary);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            });
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write: the version check in the UPDATE refused ours.
            db.ChangeTracker.Clear();
            var current = await db.Conditions.AsNoTracking().Where(c => c.Id == entity.Id).Select(c => (int?)c.Version).FirstOrDefaultAsync(cancellationToken);
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
        var entity = await db.Conditions.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (entity is null)
        {
            return false;
        }

        db.Conditions.Remove(entity);
        audit.Add(AuditActions.ContentDeleted, $"Condition {entity.Id}: {entity.Title}", $"Web address was /conditions/{entity.Slug}");
        await db.SaveChangesAsync(cancellationToken);
        await revisions.DeleteAllForAsync(ContentTypes.Condition, id, cancellationToken);
        return true;
    }

    private async Task<bool> SlugTakenByOtherAsync(string slug, int? id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.Conditions.AnyAsync(c => c.Slug == slug && c.Id != (id ?? 0), cancellationToken);
    }

    private async Task<SaveOutcome> ConflictAsync(int id, int currentVersion, CancellationToken cancellationToken)
    {
        var latest = await db.ContentRevisions.AsNoTracking()
            .Where(r => r.ContentType == ContentTypes.Condition && r.ContentId == id)
            .OrderByDescending(r => r.Id)
            .Select(r => new { r.UserEmail, r.CreatedAt })
            .FirstOrDefaultAsync(cancellationToken);
        return new SaveOutcome(SaveStatus.Conflict, id, currentVersion, latest?.UserEmail, latest?.CreatedAt);
    }

    public static ConditionSnapshot SnapshotOf(Condition c) => new(
        c.Title, c.Slug, c.Summary, c.Introduction,
        c.Symptoms.OrderBy(s => s.SortOrder).Select(s => s.Text).ToList(),
        c.Body, c.UrgencyNotice,
        c.Resources.OrderBy(r => r.SortOrder).Select(r => new ResourceSnapshot(r.Title, r.Url, r.Publisher)).ToList(),
        c.LastReviewedOn)
    {
        IsPublished = c.IsPublished,
        PublishedAt = c.PublishedAt,
    };
}
