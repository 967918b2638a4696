using PurePhysio.BrowserTests.Infrastructure;

namespace PurePhysio.BrowserTests.QualityGates;

/// <summary>
/// The enquiry pages that only a post reaches (the form shown again with its errors, the confirmation) pass axe-core
/// at both widths and the Nu Html Checker as the server sent them.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class EnquiryGateTests(SiteFixture site)
{
    [Fact]
    public async Task EnquiryErrorAndConfirmationPagesPassBothGates()
    {
        var served = new List<ServedPage>();
        foreach (var viewport in Viewport.Both)
        {
            await using var session = await site.OpenAsync(viewport);
            var page = session.Page;
            await session.GoToAsync("/enquiry");
            var form = EnquiryForm.OnPage(page);
            var patient = EnquiryDetails.NewPatient();

            await EnquiryForm.FillAsync(form, patient with { Phone = "not a number" });
            var errors = await EnquiryForm.SendAsync(page, form);
            Assert.Equal(400, errors.Status);
            served.Add(new ServedPage($"enquiry with errors ({viewport.Name})", errors.Url, await errors.TextAsync()));
            await Accessibility.AssertNoViolationsAsync(page, viewport.ToString());

            await form.GetByLabel("Phone number").FillAsync(patient.Phone);
            var confirmation = await EnquiryForm.SendAsync(page, form);
            Assert.Equal(200, confirmation.Status);
            served.Add(new ServedPage($"enquiry confirmation ({viewport.Name})", confirmation.Url, await confirmation.TextAsync()));
            await Accessibility.AssertNoViolationsAsync(page, viewport.ToString());
        }

        await NuHtmlChecker.AssertValidAsync(served);
    }
}
