using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;

namespace PurePhysio.Web.Features.Shared.Components.TapToCall;

public sealed record TapToCallViewModel(string Phone, string PhoneLink);

/// <summary>The clinic's number as a tel: link in the header; the stylesheet shows it on phone-sized screens only.</summary>
public sealed class TapToCallViewComponent(ClinicDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var phone = await db.ClinicSettings.AsNoTracking().Select(s => s.Phone).FirstOrDefaultAsync();
        return string.IsNullOrWhiteSpace(phone)
            ? Content("")
            : View(new TapToCallViewModel(phone, Contact.ContactDetails.TelLink(phone)));
    }
}
