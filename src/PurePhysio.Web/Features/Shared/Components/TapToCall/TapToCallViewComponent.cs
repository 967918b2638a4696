using Microsoft.AspNetCore.Mvc;
using PurePhysio.Web.Features.Clinic;

namespace PurePhysio.Web.Features.Shared.Components.TapToCall;

internal sealed record TapToCallViewModel(string Phone, string PhoneLink);

/// <summary>The clinic's number as a tel: link in the header; the stylesheet shows it on phone-sized screens only.</summary>
public sealed class TapToCallViewComponent(ClinicProfileCache profiles) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var phone = (await profiles.GetAsync(HttpContext.RequestAborted)).Settings?.Phone;
        return string.IsNullOrWhiteSpace(phone)
            ? Content("")
            : View(new TapToCallViewModel(phone, Contact.ContactDetails.TelLink(phone)));
    }
}
