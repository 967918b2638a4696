using Microsoft.AspNetCore.Mvc;

namespace PurePhysio.Web.Features.Admin.Synonyms;

/// <summary>The site search's synonyms list: words patients use for the same thing.</summary>
[Route("admin/synonyms")]
public sealed class SynonymsController(EditSynonyms editSynonyms) : AdminControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> Edit(CancellationToken cancellationToken) =>
        View(await editSynonyms.QueryAsync(cancellationToken));

    [HttpPost("")]
    public async Task<IActionResult> Edit(EditSynonymsViewModel model, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(model);
        }

        switch (await editSynonyms.HandleAsync(model, cancellationToken))
        {
            case EditSynonymsResult.Invalid invalid:
                foreach (var (field, message) in invalid.Errors)
                {
                    ModelState.AddModelError(field, message);
                }

                Response.StatusCode = StatusCodes.Status400BadRequest;
                return View(model);
            case EditSynonymsResult.Saved saved:
                Flash($"The synonyms were saved: {saved.Groups} groups. Searches use them now.");
                return RedirectToAction(nameof(Edit));
            default:
                throw new InvalidOperationException("Unknown result.");
        }
    }
}
