using Microsoft.AspNetCore.Mvc;

namespace PurePhysio.Web.Features.Admin.Media;

/// <summary>The media library for staff: grid with search, upload, describe, replace and delete.</summary>
[Route("admin/media")]
public sealed class MediaController(ListImages list, UploadImages upload, EditImage edit, ReplaceImage replace, DeleteImage delete) : AdminControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> List(string? q, CancellationToken cancellationToken) => View(await list.HandleAsync(q, cancellationToken));

    [HttpGet("upload")]
    public IActionResult Upload() => View(upload.NewForm());

    [HttpPost("upload")]
    [MediaUploadLimit]
    public async Task<IActionResult> Upload(UploadImagesCommand command, CancellationToken cancellationToken)
    {
        var ids = await upload.HandleAsync(command, ModelState, cancellationToken);
        if (ids is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(command);
        }

        if (ids.Count == 1)
        {
            Flash("The image was uploaded.");
            return RedirectToAction(nameof(Edit), new { id = ids[0] });
        }

        Flash($"{ids.Count} images were uploaded. Give each one its alt text (or mark it decorative) before using it.");
        return RedirectToAction(nameof(List));
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        await edit.FindAsync(id, cancellationToken) is { } model ? View(model) : NotFound();

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, EditImageViewModel model, CancellationToken cancellationToken)
    {
        model.Id = id;
        if (!await edit.HandleAsync(model, ModelState, cancellationToken))
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            Flash("Your changes were saved.");
            return RedirectToAction(nameof(Edit), new { id });
        }

        return await EditFormAsync(model, cancellationToken);
    }

    [HttpPost("{id:int}/replace")]
    [MediaUploadLimit]
    public async Task<IActionResult> Replace(int id, IFormFile? file, CancellationToken cancellationToken)
    {
        switch (await replace.HandleAsync(id, file, ModelState, cancellationToken))
        {
            case ReplaceOutcome.NotFound:
                return NotFound();
            case ReplaceOutcome.Replaced:
                Flash("The file was replaced. Every page that uses the image now shows the new one.");
                return RedirectToAction(nameof(Edit), new { id });
            default:
                return await edit.FindAsync(id, cancellationToken) is { } model ? await EditFormAsync(model, cancellationToken) : NotFound();
        }
    }

    [HttpGet("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken) =>
        await delete.FindAsync(id, cancellationToken) is { } model ? View(model) : NotFound();

    [HttpPost("{id:int}/delete")]
    [ActionName("Delete")]
    public async Task<IActionResult> DeleteConfirmed(int id, CancellationToken cancellationToken)
    {
        switch (await delete.HandleAsync(id, cancellationToken))
        {
            case DeleteOutcome.NotFound:
                return NotFound();
            case DeleteOutcome.Deleted:
                Flash("The image was deleted.");
                return RedirectToAction(nameof(List));
            default:
                ModelState.AddModelError("", "This image is in use, so it was not deleted. Remove it from the places listed below first.");
                Response.StatusCode = StatusCodes.Status409Conflict;
                return await delete.FindAsync(id, cancellationToken) is { } model ? View(model) : NotFound();
        }
    }

    private async Task<IActionResult> EditFormAsync(EditImageViewModel model, CancellationToken cancellationToken)
    {
        if (await edit.CompleteAsync(model, cancellationToken) is not { } complete)
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Edit), complete);
    }
}
