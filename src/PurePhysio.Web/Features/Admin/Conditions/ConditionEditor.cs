using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Audit;
using PurePhysio.Web.Features.Admin.Content;

namespace PurePhysio.Web.Features.Admin.Conditions;

/// <summary>Reads and saves condition articles for the admin area: every save is versioned, revisioned and audited.</summary>
public sealed class ConditionEditor(ClinicDbContext db, RevisionStore revisions, AuditLog audit, TimeProvider time)
    : ContentEditor<Condition, ConditionSnapshot>(db, revisions, audit, time)
{
    protected override string ContentType => ContentTypes.Condition;

    protected override string AuditName => "Condition";

    public override string PublicPath(string slug) => $"/conditions/{slug}";

    public async Task<IReadOnlyList<ConditionAdminListItem>> ListAsync(CancellationToken cancellationToken)
    {
        var now = Time.GetUtcNow();
        var rows = await Db.Conditions.AsNoTracking()
            .OrderBy(c => c.Title)
            .Select(c => new
            {
                c.Id, c.Title, c.Slug, c.IsPublished, c.PublishedAt, c.UpdatedAt,
                UpdatedBy = Db.ContentRevisions
                    .Where(r => r.ContentType == ContentTypes.Condition && r.ContentId == c.Id)
                    .OrderByDescending(r => r.Id).Select(r => r.UserEmail).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(c => new ConditionAdminListItem(c.Id, c.Title, c.Slug, PublishSchedule.StatusOf(c.IsPublished, c.PublishedAt, now),
            c.PublishedAt, c.UpdatedAt, c.UpdatedBy)).ToList();
    }

    protected override Condition CreateEntity() => new() { Title = "", Slug = "", Summary = "" };

    protected override IQueryable<Condition> WithDetails(IQueryable<Condition> query) =>
        query.AsSingleQuery().Include(c => c.Symptoms).Include(c => c.Resources);

    protected override void Apply(ConditionSnapshot content, Condition entity)
    {
        entity.Title = content.Title;
        entity.Slug = content.Slug;
        entity.Summary = content.Summary;
        entity.Introduction = content.Introduction;
        entity.Body = content.Body;
        entity.UrgencyNotice = content.UrgencyNotice;
        entity.AlternativeNames = content.AlternativeNames;
        entity.LastReviewedOn = content.LastReviewedOn;
        entity.ReviewedByPractitionerId = content.ReviewedByPractitionerId;
        entity.ImageId = content.ImageId;
        entity.Symptoms.Clear();
        entity.Symptoms.AddRange(content.Symptoms.Select((text, i) => new Symptom { Text = text, SortOrder = i }));
        entity.Resources.Clear();
        entity.Resources.AddRange(content.Resources.Select((r, i) => new ConditionResource { Title = r.Title, Url = r.Url, Publisher = r.Publisher, SortOrder = i }));
    }

    protected override ConditionSnapshot SnapshotOf(Condition entity) => new(
        entity.Title, entity.Slug, entity.Summary, entity.Introduction,
        entity.Symptoms.OrderBy(s => s.SortOrder).Select(s => s.Text).ToList(),
        entity.Body, entity.UrgencyNotice,
        entity.Resources.OrderBy(r => r.SortOrder).Select(r => new ResourceSnapshot(r.Title, r.Url, r.Publisher)).ToList(),
        entity.LastReviewedOn)
    {
        IsPublished = entity.IsPublished,
        PublishedAt = entity.PublishedAt,
        AlternativeNames = entity.AlternativeNames,
        ReviewedByPractitionerId = entity.ReviewedByPractitionerId,
        ImageId = entity.ImageId,
    };
}
