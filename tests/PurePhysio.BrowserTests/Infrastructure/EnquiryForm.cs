using Microsoft.Playwright;

namespace PurePhysio.BrowserTests.Infrastructure;

/// <summary>What a patient types into the appointment enquiry form.</summary>
public sealed record EnquiryDetails(string Name, string Email, string Phone, string Message)
{
    public static EnquiryDetails NewPatient() => new(
        "Alex Example",
        $"patient-{Guid.NewGuid():N}@example.com",
        "01632 960 001",
        // Two lines: browsers send a textarea's line breaks as CRLF, which the form shown again must not echo as &#xD;.
        $"Tingling in both hands for three months.\nWorse when I look up ({Guid.NewGuid():N}).");
}

/// <summary>Fills in and sends the enquiry form by its labels, the way a patient sees it.</summary>
public static class EnquiryForm
{
    /// <summary>The form beside an article (a region named by its heading) or on /enquiry.</summary>
    public static ILocator Beside(IPage page) =>
        page.GetByRole(AriaRole.Region, new() { Name = "Appointment Enquiry" }).Locator("form[data-enquiry-form]");

    public static ILocator OnPage(IPage page) => page.GetByRole(AriaRole.Main).Locator("form[data-enquiry-form]");

    public static async Task FillAsync(ILocator form, EnquiryDetails details)
    {
        await form.GetByLabel("Name", new() { Exact = true }).FillAsync(details.Name);
        await form.GetByLabel("Email address").FillAsync(details.Email);
        await form.GetByLabel("Phone number").FillAsync(details.Phone);
        await form.GetByRole(AriaRole.Radio, new() { Name = "By phone" }).CheckAsync();
        await form.GetByLabel("Your message").FillAsync(details.Message);
        await form.GetByRole(AriaRole.Checkbox).CheckAsync();
    }

    /// <summary>
    /// Presses Send and returns the page the server answered with, as it was sent (after a 303, the confirmation).
    /// </summary>
    public static async Task<IResponse> SendAsync(IPage page, ILocator form)
    {
        var response = await page.RunAndWaitForResponseAsync(
            () => form.GetByRole(AriaRole.Button, new() { Name = "Send enquiry" }).ClickAsync(),
            r => r.Request.IsNavigationRequest && r.Request.Frame == page.MainFrame && r.Status is not (301 or 302 or 303));
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        return response;
    }
}
