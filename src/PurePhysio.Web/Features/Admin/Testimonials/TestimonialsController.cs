using Microsoft.AspNetCore.Mvc;

namespace PurePhysio.Web.Features.Admin.Testimonials;

[Route("admin/testimonials")]
public sealed class TestimonialsController(ListTestimonials list, EditTestimonial edit, ChangeTestimonial change) : AdminControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> List(CancellationToken cancellationToken) => View(await list.HandleAsync(cancellationToken));

    [HttpGet("create")]
    public IActionResult Create() => View("Edit", new EditTestimonialViewModel { IsPublished = true });

    [HttpPost("create")]
    public async Task<IActionResult> Create(EditTestimonialViewModel model, CancellationToken cancellationToken) =>
        FormResult(await edit.CreateAsync(model, ModelState, cancellationToken), "The testimonial was added at the end of the list.", nameof(List), "Edit", model);

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        await edit.LoadAsync(id, cancellationToken) is { } model ? View(model) : NotFound();

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, EditTestimonialViewModel model, CancellationToken cancellationToken) =>
        FormResult(await edit.SaveAsync(id, model, ModelState, cancellationToken), "The testimonial was saved.", nameof(List), "Edit", model);

    [HttpPost("{id:int}/publish")]
    public async Task<IActionResult> Publish(int id, CancellationToken cancellationToken) =>
        await change.SetPublishedAsync(id, true, cancellationToken) ? FlashAndRedirect("The testimonial is now on the site.", nameof(List)) : NotFound();

    [HttpPost("{id:int}/unpublish")]
    public async Task<IActionResult> Unpublish(int id, CancellationToken cancellationToken) =>
        await change.SetPublishedAsync(id, false, cancellationToken) ? FlashAndRedirect("The testimonial is hidden from the site.", nameof(List)) : NotFound();

    /// <summary>Moves a testimonial one place up or down the order patients see.</summary>
    [HttpPost("{id:int}/move-{direction:regex(^(up|down)$)}")]
    public async Task<IActionResult> Move(int id, string direction, CancellationToken cancellationToken) =>
        await change.MoveAsync(id, direction, cancellationToken) ? RedirectToAction(nameof(List)) : NotFound();

    [HttpGet("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken) =>
        await change.ConfirmDeleteAsync(id, cancellationToken) is { } confirm ? View("Delete", confirm) : NotFound();

    [HttpPost("{id:int}/delete")]
    [ActionName("Delete")]
    public async Task<IActionResult> DeleteConfirmed(int id, CancellationToken cancellationToken) =>
        await change.DeleteAsync(id, cancellationToken) ? FlashAndRedirect("The testimonial was deleted.", nameof(List)) : NotFound();
}
