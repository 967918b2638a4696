using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Audit;
using PurePhysio.Web.Features.Admin.Content;

namespace PurePhysio.Web.Features.Admin.Pages;

/// <summary>Reads and saves static pages for the admin area: every save is versioned, revisioned and audited.</summary>
public sealed class PageEditor(ClinicDbContext db, RevisionStore revisions, AuditLog audit, TimeProvider time)
    : ContentEditor<StaticPage, PageSnapshot>(db, revisions, audit, time)
{
    protected override string ContentType => ContentTypes.Page;

    protected override string AuditName => "Page";

    public override string PublicPath(string slug) => $"/{slug}";

    public async Task<IReadOnlyList<PageAdminListItem>> ListAsync(CancellationToken cancellationToken)
    {
        var now = Time.GetUtcNow();
        var rows = await Db.StaticPages.AsNoTracking()
            .OrderBy(c => c.Title)
            .Select(c => new
            {
                c.Id, c.Title, c.Slug, c.IsPublished, c.PublishedAt, c.UpdatedAt, c.ShowInFooter,
                UpdatedBy = Db.ContentRevisions
                    .Where(r => r.ContentType == ContentTypes.Page && r.ContentId == c.Id)
                    .OrderByDescending(r => r.Id).Select(r => r.UserEmail).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(c => new PageAdminListItem(c.Id, c.Title, c.Slug, PublishSchedule.StatusOf(c.IsPublished, c.PublishedAt, now),
            c.PublishedAt, c.UpdatedAt, c.UpdatedBy, c.ShowInFooter)).ToList();
    }

    protected override StaticPage CreateEntity() => new() { Title = "", Slug = "", Summary = "" };

    protected override void Apply(PageSnapshot content, StaticPage entity)
    {
        entity.Title = content.Title;
        entity.Slug = content.Slug;
        entity.Summary = content.Summary;
        entity.Body = content.Body;
        entity.ShowInFooter = content.ShowInFooter;
        entity.FooterOrder = content.FooterOrder;
        entity.ImageId = content.ImageId;
    }

    protected override PageSnapshot SnapshotOf(StaticPage entity) =>
        new(entity.Title, entity.Slug, entity.Summary, entity.Body, entity.ShowInFooter, entity.FooterOrder)
        {
            IsPublished = entity.IsPublished,
            PublishedAt = entity.PublishedAt,
            ImageId = entity.ImageId,
        };
}
