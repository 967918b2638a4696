using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Seo;

public sealed class StructuredDataTests(ClinicAppFactory factory) : IClassFixture<ClinicAppFactory>
{
    private const string CervicalMyelopathyUrl = "/conditions/" + SeedData.CervicalMyelopathySlug;

    [Fact]
    public async Task ConditionPageIsAMedicalWebPageAboutAMedicalConditionWithItsSymptoms()
    {
        var page = await factory.CreateClient().GetDocumentAsync(CervicalMyelopathyUrl);

        var webPage = JsonLdOfType(page, "MedicalWebPage");
        Assert.Equal("https://schema.org", webPage.GetProperty("@context").GetString());
        Assert.Equal("http://localhost" + CervicalMyelopathyUrl, webPage.GetProperty("url").GetString());
        var condition = webPage.GetProperty("about");
        Assert.Equal("MedicalCondition", condition.GetProperty("@type").GetString());
        Assert.Equal(SeedData.CervicalMyelopathyTitle, condition.GetProperty("name").GetString());

        var symptoms = condition.GetProperty("signOrSymptom").EnumerateArray().ToList();
        Assert.All(symptoms, s => Assert.Equal("MedicalSignOrSymptom", s.GetProperty("@type").GetString()));
        var shown = page.One("main ul.symptoms").QuerySelectorAll("li").Select(li => li.Text());
        Assert.Equal(shown, symptoms.Select(s => s.GetProperty("name").GetString()));
        Assert.Equal(SeedData.CervicalMyelopathySymptoms, symptoms.Select(s => s.GetProperty("name").GetString()));

        Assert.Equal("PhysicalTherapy", condition.GetProperty("possibleTreatment").GetProperty("@type").GetString());
        var test = Assert.Single(condition.GetProperty("typicalTest").EnumerateArray());
        Assert.Equal("ImagingTest", test.GetProperty("@type").GetString());
        Assert.Equal("https://schema.org/MRI", test.GetProperty("imagingTechnique").GetString());
        Assert.Equal([SeedData.BmjResourceUrl], webPage.GetProperty("relatedLink").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("2026-11-01", webPage.GetProperty("lastReviewed").GetString());
    }

    [Fact]
    public async Task ConditionPageCarriesItsBreadcrumbAsABreadcrumbList()
    {
        var page = await factory.CreateClient().GetDocumentAsync(CervicalMyelopathyUrl);

        var breadcrumb = JsonLdOfType(page, "MedicalWebPage").GetProperty("breadcrumb");
        Assert.Equal("BreadcrumbList", breadcrumb.GetProperty("@type").GetString());
        var items = breadcrumb.GetProperty("itemListElement").EnumerateArray().ToList();
        var visible = page.One("nav[aria-label='Breadcrumb']").QuerySelectorAll("a").Cast<IHtmlAnchorElement>().ToList();
        Assert.Equal(visible.Select(a => a.Text()), items.Select(i => i.GetProperty("name").GetString()));
        Assert.Equal(visible.Select(a => "http://localhost" + a.GetAttribute("href")), items.Select(i => i.GetProperty("item").GetString()));
        Assert.Equal([1, 2, 3], items.Select(i => i.GetProperty("position").GetInt32()));
    }

    [Fact]
    public async Task EveryPageDescribesTheClinicWithItsAddressAndHoursFromTheDatabase()
    {
        var settings = await factory.WithDbAsync(db => db.ClinicSettings.SingleAsync());

        foreach (var url in new[] { "/", "/conditions", CervicalMyelopathyUrl, "/privacy-policy" })
        {
            var clinic = JsonLdOfType(await factory.CreateClient().GetDocumentAsync(url), "Physiotherapy");
            Assert.Equal(settings.ClinicName, clinic.GetProperty("name").GetString());
            Assert.Equal(settings.Phone, clinic.GetProperty("telephone").GetString());
            var address = clinic.GetProperty("address");
            Assert.Equal("PostalAddress", address.GetProperty("@type").GetString());
            Assert.Equal(settings.PostalCode, address.GetProperty("postalCode").GetString());
            Assert.Equal(settings.StreetAddress, address.GetProperty("streetAddress").GetString());
        }
    }

    [Fact]
    public async Task OpeningHoursSpecificationFollowsTheWeeklyHoursInTheDatabase()
    {
        var before = OpeningHours(JsonLdOfType(await factory.CreateClient().GetDocumentAsync("/"), "Physiotherapy"));
        await factory.WithDbAsync(async db =>
        {
            var saturday = await db.OpeningPeriods.SingleAsync(h => h.Day == DayOfWeek.Saturday);
            saturday.Opens = new TimeOnly(9, 0);
            saturday.Closes = new TimeOnly(13, 30);
            await db.SaveChangesAsync();
        });

        var after = OpeningHours(JsonLdOfType(await factory.CreateClient().GetDocumentAsync("/"), "Physiotherapy"));

        Assert.Equal([("Monday Tuesday Wednesday Thursday Friday Saturday", "08:00", "20:00")], before);
        Assert.Equal([("Monday Tuesday Wednesday Thursday Friday", "08:00", "20:00"), ("Saturday", "09:00", "13:30")], after);
    }

    [Fact]
    public async Task UpcomingClosuresAreSpecialOpeningHours()
    {
        var start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10);
        await factory.WithDbAsync(async db =>
        {
            db.Closures.Add(new Closure { StartDate = start, EndDate = start.AddDays(1), Reason = "Staff training" });
            db.Closures.Add(new Closure { StartDate = start.AddDays(-40), EndDate = start.AddDays(-39), Reason = "Long gone" });
            await db.SaveChangesAsync();
        });

        var clinic = JsonLdOfType(await factory.CreateClient().GetDocumentAsync("/"), "Physiotherapy");

        // Bank holidays in the coming year are listed too; past closures are not.
        var specials = clinic.GetProperty("specialOpeningHoursSpecification").EnumerateArray().ToList();
        Assert.DoesNotContain(specials, s => s.GetProperty("description").GetString() == "Long gone");
        var special = Assert.Single(specials, s => s.GetProperty("description").GetString() == "Staff training");
        Assert.Equal(start.ToString("yyyy-MM-dd"), special.GetProperty("validFrom").GetString());
        Assert.Equal(start.AddDays(1).ToString("yyyy-MM-dd"), special.GetProperty("validThrough").GetString());
        Assert.Equal("00:00", special.GetProperty("opens").GetString());
        Assert.Equal("00:00", special.GetProperty("closes").GetString());
    }

    [Fact]
    public async Task ContentCannotBreakOutOfTheDataBlock()
    {
        const string hostile = "Tingling </script><script>alert(1)</script> & \"quotes\"";
        await factory.WithDbAsync(async db =>
        {
            db.Conditions.Add(new Condition
            {
                Title = "Hostile symptom", Slug = "hostile-symptom", Summary = "</script>", IsPublished = true,
                Symptoms = [new Symptom { Text = hostile, SortOrder = 1 }],
            });
            await db.SaveChangesAsync();
        });

        var page = await factory.CreateClient().GetDocumentAsync("/conditions/hostile-symptom");

        // Only data blocks and the site's own script files: nothing the content injected.
        Assert.Empty(page.QuerySelectorAll("script:not([type='application/ld+json']):not([src^='/js/'])"));
        var condition = JsonLdOfType(page, "MedicalWebPage").GetProperty("about");
        Assert.Equal(hostile, condition.GetProperty("signOrSymptom")[0].GetProperty("name").GetString());
        Assert.Equal("</script>", condition.GetProperty("description").GetString());
    }

    private static List<(string Days, string Opens, string Closes)> OpeningHours(JsonElement clinic) =>
        clinic.GetProperty("openingHoursSpecification").EnumerateArray().Select(s => (
            string.Join(' ', s.GetProperty("dayOfWeek").EnumerateArray().Select(d => d.GetString()!.Replace("https://schema.org/", "", StringComparison.Ordinal))),
            s.GetProperty("opens").GetString()!,
            s.GetProperty("closes").GetString()!)).ToList();

    /// <summary>Every JSON-LD block must parse; returns the one whose top-level @type is <paramref name="type"/>.</summary>
    internal static JsonElement JsonLdOfType(IHtmlDocument page, string type)
    {
        var blocks = page.QuerySelectorAll("head script[type='application/ld+json']")
            .Select(s => JsonDocument.Parse(s.TextContent).RootElement)
            .ToList();
        return Assert.Single(blocks, b => b.GetProperty("@type").GetString() == type);
    }
}
