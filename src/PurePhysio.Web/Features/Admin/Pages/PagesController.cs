using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Content;
using PurePhysio.Web.Features.Admin.Media;
using PurePhysio.Web.Features.Media;
using PurePhysio.Web.Features.Pages;

namespace PurePhysio.Web.Features.Admin.Pages;

[Route("admin/pages")]
public sealed class PagesController(PageEditor editor, ClinicDbContext db, TimeProvider time, AdminClock clock, MediaReferenceCheck images, MediaLookup media)
    : ContentAdminController<StaticPage, PageSnapshot, EditPageViewModel>(db, time, clock)
{
    protected override ContentEditor<StaticPage, PageSnapshot> Editor => editor;

    protected override string BaseUrl => "/admin/pages";

    protected override string Noun => "page";

    protected override string PublicNoun => "page";

    protected override EditPageViewModel ToModel(PageSnapshot snapshot, int id, int version, TimeZoneInfo zone, DateTimeOffset now) =>
        EditPageViewModel.From(snapshot, id, version, zone, now);

    [HttpGet("")]
    public async Task<IActionResult> List(CancellationToken cancellationToken) => View(await editor.ListAsync(cancellationToken));

    /// <summary>The page exactly as a patient would see it, from the form's unsaved values.</summary>
    [HttpPost("preview")]
    public async Task<IActionResult> Preview(EditPageViewModel model, CancellationToken cancellationToken)
    {
        var content = model.ToSnapshot(ModelState, model.OriginalSlug);
        await images.CheckAsync(content.ImageId, nameof(model.ImageId), nameof(model.Body), ModelState, cancellationToken, content.Body);
        if (!ModelState.IsValid)
        {
            return await InvalidAsync(model, cancellationToken);
        }

        ViewData["Preview"] = true;
        ViewData["Robots"] = "noindex";
        Response.Headers["X-Robots-Tag"] = "noindex";
        return View("~/Features/Pages/Show.cshtml", new PageViewModel(content.Title, content.Slug, content.Summary, content.Body, Time.GetUtcNow())
        {
            Images = await media.ForPageAsync(content.ImageId, cancellationToken, content.Body),
        });
    }

    /// <summary>The stored slug decides the rules: the home page keeps its address, reserved addresses stay reserved.</summary>
    protected override async Task<PageSnapshot> ToSnapshotAsync(int? id, EditPageViewModel model, CancellationToken cancellationToken)
    {
        var storedSlug = id is null ? null : await Db.StaticPages.Where(p => p.Id == id).Select(p => p.Slug).FirstOrDefaultAsync(cancellationToken);
        model.OriginalSlug = storedSlug;
        var content = model.ToSnapshot(ModelState, storedSlug);
        await images.CheckAsync(content.ImageId, nameof(model.ImageId), nameof(model.Body), ModelState, cancellationToken, content.Body);
        return content;
    }
}
