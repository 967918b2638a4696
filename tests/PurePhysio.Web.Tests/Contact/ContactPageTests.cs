using System.Net;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Features.Admin;
using PurePhysio.Web.Tests.Admin;
using PurePhysio.Web.Tests.Infrastructure;
using PurePhysio.Web.Tests.Seo;

namespace PurePhysio.Web.Tests.Contact;

/// <summary>How a patient finds and reaches the clinic: the Contact page, the header's tap-to-call link and the clinic's position for search engines.</summary>
public sealed class ContactPageTests(ClinicAppFactory factory) : IClassFixture<ClinicAppFactory>
{
    private static Dictionary<string, string> Visit(string latitude, string longitude) => new()
    {
        ["Phone"] = "01632 960 999",
        ["Email"] = "hello@purephysio.example",
        ["StreetAddress"] = "2 Mill Lane",
        ["AddressLine2"] = "Riverside Business Park",
        ["Locality"] = "Exampleton",
        ["PostalCode"] = "EX2 2BB",
        ["Latitude"] = latitude,
        ["Longitude"] = longitude,
        ["Directions"] = "The entrance is at the back of the building.\n\nWe are on the ground floor.",
        ["Parking"] = "Free parking in front of the clinic.",
        ["PublicTransport"] = "Bus 12 stops outside.",
        ["StepFreeAccess"] = "true",
        ["AccessibilityNotes"] = "There is an accessible toilet.",
    };

    [Fact]
    public async Task ContactPageShowsPhoneEmailAddressDirectionsAccessAndHours()
    {
        var admin = await factory.SignedInClientAsync(AdminRoles.Admin);
        using (var saved = await admin.SubmitAsync("/admin/settings", "#settings-form", Visit("53.796481", "-1.547851")))
        {
            await AdminSession.AssertRedirectAsync(saved);
        }

        var page = await factory.CreateClient().GetDocumentAsync("/contact");

        Assert.Equal("tel:01632960999", page.One("main a.contact-phone").GetAttribute("href"));
        Assert.Equal("mailto:hello@purephysio.example", page.One("main a.contact-email").GetAttribute("href"));
        var address = page.One("main address.contact-card").Text();
        Assert.Contains("2 Mill Lane Riverside Business Park Exampleton EX2 2BB", address, StringComparison.Ordinal);
        Assert.Equal("https://www.openstreetmap.org/directions?to=53.796481%2C-1.547851", page.One("main a.directions-link").GetAttribute("href"));
        Assert.StartsWith("https://www.openstreetmap.org/?mlat=53.796481&mlon=-1.547851", page.One("main a.map-link").GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal(["The entrance is at the back of the building.", "We are on the ground floor."],
            page.QuerySelectorAll("section[aria-labelledby='contact-directions-heading'] p").Select(p => p.Text()));
        Assert.Equal("Free parking in front of the clinic.", page.One("section[aria-labelledby='contact-parking-heading'] p").Text());
        Assert.Equal("Bus 12 stops outside.", page.One("section[aria-labelledby='contact-transport-heading'] p").Text());
        Assert.Contains("step-free access", page.One("main .step-free").Text(), StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("main .contact-hours dt"), dt => dt.Text() == "Sunday");
        // No embedded map, frame or third-party script.
        Assert.Empty(page.QuerySelectorAll("iframe"));
        Assert.All(page.QuerySelectorAll("script[src]"), s => Assert.StartsWith("/", s.GetAttribute("src"), StringComparison.Ordinal));

        var clinic = StructuredDataTests.JsonLdOfType(page, "Physiotherapy");
        Assert.Equal("GeoCoordinates", clinic.GetProperty("geo").GetProperty("@type").GetString());
        Assert.Equal(53.796481, clinic.GetProperty("geo").GetProperty("latitude").GetDouble());
        Assert.Equal(-1.547851, clinic.GetProperty("geo").GetProperty("longitude").GetDouble());
        Assert.Equal(page.One("main a.map-link").GetAttribute("href"), clinic.GetProperty("hasMap").GetString());
        Assert.Equal("2 Mill Lane, Riverside Business Park", clinic.GetProperty("address").GetProperty("streetAddress").GetString());
    }

    [Fact]
    public async Task EveryPageHeaderCarriesATapToCallLink()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/conditions");

        var link = page.One("header a.tap-to-call");
        var phone = await factory.WithDbAsync(db => db.ClinicSettings.Select(s => s.Phone).SingleAsync());
        Assert.Equal("tel:" + phone.Replace(" ", "", StringComparison.Ordinal), link.GetAttribute("href"));
        Assert.Contains(phone, link.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALatitudeWithoutALongitudeIsRefusedAndNothingChanges()
    {
        var admin = await factory.SignedInClientAsync(AdminRoles.Admin);
        var before = await factory.WithDbAsync(db => db.ClinicSettings.AsNoTracking().SingleAsync());

        using var refused = await admin.SubmitAsync("/admin/settings", "#settings-form", Visit("53.1", ""));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Enter both the latitude and the longitude", (await Html.ParseAsync(refused)).One(".error-summary").Text(), StringComparison.Ordinal);

        using var outOfRange = await admin.SubmitAsync("/admin/settings", "#settings-form", Visit("91", "0"));
        Assert.Equal(HttpStatusCode.BadRequest, outOfRange.StatusCode);

        var after = await factory.WithDbAsync(db => db.ClinicSettings.AsNoTracking().SingleAsync());
        Assert.Equal((before.Phone, before.Latitude, before.Parking), (after.Phone, after.Latitude, after.Parking));
    }

    [Fact]
    public async Task WithoutAPositionTheMapLinksSearchForTheAddress()
    {
        await factory.WithDbAsync(async db =>
        {
            var settings = await db.ClinicSettings.SingleAsync();
            (settings.Latitude, settings.Longitude) = (null, null);
            await db.SaveChangesAsync();
        });

        var page = await factory.CreateClient().GetDocumentAsync("/contact");

        Assert.StartsWith("https://www.openstreetmap.org/directions?to=", page.One("main a.directions-link").GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains("Exampleton", Uri.UnescapeDataString(page.One("main a.directions-link").GetAttribute("href")!), StringComparison.Ordinal);
        Assert.False(StructuredDataTests.JsonLdOfType(page, "Physiotherapy").TryGetProperty("geo", out _));
    }
}
