using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Features.Admin.Content;

public sealed record RevisionListItem(long Id, int Version, DateTimeOffset CreatedAt, string UserEmail, string Summary);

/// <summary>Keeps the revisions of conditions and pages and the redirects from their old slugs.</summary>
public sealed class RevisionStore(ClinicDbContext db, TimeProvider time, IHttpContextAccessor http)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Adds a revision to the context; it is saved with the change it records.</summary>
    public void Add<TSnapshot>(string contentType, int contentId, int version, TSnapshot snapshot, string summary)
    {
        var user = http.HttpContext?.User;
        Add(contentType, contentId, version, snapshot, summary, time.GetUtcNow(), user?.FindFirstValue(ClaimTypes.NameIdentifier), user?.Identity?.Name ?? "");
    }

    /// <summary>
    /// Content loaded with the site (seed) has no revision yet; before its first edit here its state is
    /// kept as a baseline revision, so the first change can be compared and undone like any other.
    /// </summary>
    public async Task AddBaselineIfNoneAsync<TSnapshot>(string contentType, int contentId, int version, TSnapshot snapshot, DateTimeOffset updatedAt,
        CancellationToken cancellationToken)
    {
        if (!await db.ContentRevisions.AnyAsync(r => r.ContentType == contentType && r.ContentId == contentId, cancellationToken))
        {
            Add(contentType, contentId, version, snapshot, "As it was before its first edit in the admin area", updatedAt, null, "");
        }
    }

    /// <summary>A revision saved on someone's behalf (a scheduled draft published by the site itself: its author).</summary>
    public void AddAs<TSnapshot>(string contentType, int contentId, int version, TSnapshot snapshot, string summary, string? userId, string userEmail) =>
        Add(contentType, contentId, version, snapshot, summary, time.GetUtcNow(), userId, userEmail);

    private void Add<TSnapshot>(string contentType, int contentId, int version, TSnapshot snapshot, string summary, DateTimeOffset createdAt,
        string? userId, string userEmail)
    {
        db.ContentRevisions.Add(new ContentRevision
        {
            ContentType = contentType,
            ContentId = contentId,
            Version = version,
            Snapshot = JsonSerializer.Serialize(snapshot, Json),
            CreatedAt = createdAt,
            UserId = userId,
            UserEmail = userEmail,
            Summary = summary.Length > ContentRevision.SummaryMaxLength ? summary[..ContentRevision.SummaryMaxLength] : summary,
        });
    }

    public async Task<IReadOnlyList<RevisionListItem>> ListAsync(string contentType, int contentId, CancellationToken cancellationToken) =>
        await db.ContentRevisions.AsNoTracking()
            .Where(r => r.ContentType == contentType && r.ContentId == contentId)
            .OrderByDescending(r => r.Id)
            .Select(r => new RevisionListItem(r.Id, r.Version, r.CreatedAt, r.UserEmail, r.Summary))
            .ToListAsync(cancellationToken);

    public async Task<(RevisionListItem Item, TSnapshot Snapshot)?> FindAsync<TSnapshot>(string contentType, int contentId, long revisionId,
        CancellationToken cancellationToken)
    {
        var row = await db.ContentRevisions.AsNoTracking()
            .Where(r => r.ContentType == contentType && r.ContentId == contentId && r.Id == revisionId)
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var snapshot = JsonSerializer.Deserialize<TSnapshot>(row.Snapshot, Json)
            ?? throw new InvalidOperationException($"Revision {row.Id} has an empty snapshot.");
        return (new RevisionListItem(row.Id, row.Version, row.CreatedAt, row.UserEmail, row.Summary), snapshot);
    }

    /// <summary>
    /// Records that <paramref name="oldSlug"/> now lives at the content's new slug, when patients could
    /// have seen the old address. The new slug stops being a redirect (it is a real page again).
    /// </summary>
    public async Task MoveSlugAsync(string contentType, int contentId, string oldSlug, string newSlug, bool oldWasPublic,
        CancellationToken cancellationToken)
    {
        if (oldSlug == newSlug)
        {
            return;
        }

        var stale = await db.SlugRedirects
            .Where(r => r.ContentType == contentType && (r.OldSlug == newSlug || r.OldSlug == oldSlug))
            .ToListAsync(cancellationToken);
        db.SlugRedirects.RemoveRange(stale);

        if (oldWasPublic)
        {
            db.SlugRedirects.Add(new SlugRedirect
            {
                ContentType = contentType,
                OldSlug = oldSlug,
                ContentId = contentId,
                CreatedAt = time.GetUtcNow(),
            });
        }
    }

    public async Task DeleteAllForAsync(string contentType, int contentId, CancellationToken cancellationToken)
    {
        await db.ContentRevisions.Where(r => r.ContentType == contentType && r.ContentId == contentId).ExecuteDeleteAsync(cancellationToken);
        await db.SlugRedirects.Where(r => r.ContentType == contentType && r.ContentId == contentId).ExecuteDeleteAsync(cancellationToken);
        await db.ContentDrafts.Where(d => d.ContentType == contentType && d.ContentId == contentId).ExecuteDeleteAsync(cancellationToken);
    }
}
