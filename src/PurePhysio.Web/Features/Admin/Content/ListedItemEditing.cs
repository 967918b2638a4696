using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;

namespace PurePhysio.Web.Features.Admin.Content;

/// <summary>
/// What the team and treatment editors share, as plain functions rather than a base class: the web
/// address made from the name and checked (rules, not taken), the next place in the list, and the one
/// SaveChanges that turns an address taken in the meantime into a message on the form instead of an error page.
/// Every such form names its web address field "Slug".
/// </summary>
internal static class ListedItemEditing
{
    private const string SlugField = "Slug";

    /// <summary>The slug staff typed (or one made from the name), with its problems in <paramref name="errors"/>.</summary>
    public static async Task<string> CheckSlugAsync(string? typed, string? name, int maxLength, Func<string, Task<bool>> takenByAnother,
        string takenMessage, ModelStateDictionary errors)
    {
        var slug = ConditionChoices.SlugOrFromName(typed, name);
        if (SlugRules.Problem(slug, maxLength) is { } problem)
        {
            errors.AddModelError(SlugField, problem);
        }
        else if (await takenByAnother(slug))
        {
            errors.AddModelError(SlugField, takenMessage);
        }

        return slug;
    }

    /// <summary>After the last item: one more than the highest sort order, or 0 for the first.</summary>
    public static async Task<int> NextSortOrderAsync(IQueryable<int> sortOrders, CancellationToken cancellationToken) =>
        (await sortOrders.MaxAsync(o => (int?)o, cancellationToken) ?? -1) + 1;

    /// <summary>Saves; when the unique index refuses a slug another editor took after our check, says so on the form.</summary>
    public static async Task<FormOutcome> SaveAsync(ClinicDbContext db, Func<Task<bool>> slugTakenByAnother, string takenMessage,
        ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return FormOutcome.Saved;
        }
        catch (DbUpdateException)
        {
            if (!await slugTakenByAnother())
            {
                throw;
            }

            errors.AddModelError(SlugField, takenMessage);
            return FormOutcome.Invalid;
        }
    }
}
