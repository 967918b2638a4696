using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Tests.Infrastructure;
using PurePhysio.Web.Tests.Seo;

namespace PurePhysio.Web.Tests.Treatments;

/// <summary>/treatments and each treatment's page: what it costs and takes, its links to conditions, and its Offer for search engines.</summary>
public sealed class TreatmentPageTests(ClinicAppFactory factory) : IClassFixture<ClinicAppFactory>
{
    [Fact]
    public async Task TreatmentsPageShowsEachSeededTreatmentWithItsPriceAndLength()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/treatments");

        var cards = page.QuerySelectorAll("main .treatment-card").ToDictionary(c => c.QuerySelector(".card__title")!.Text());
        Assert.Equal("£60", cards["Initial assessment"].QuerySelector(".price")!.Text());
        Assert.Contains("1 hour", cards["Initial assessment"].Text(), StringComparison.Ordinal);
        Assert.Equal("from £40", cards["Acupuncture"].QuerySelector(".price")!.Text());
        Assert.Equal("Free", cards["Free telephone chat"].QuerySelector(".price")!.Text());
        Assert.Contains("45 minutes", cards["Sports massage"].Text(), StringComparison.Ordinal);
        Assert.Contains("video consultation", cards["Follow-up treatment"].Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("video consultation", cards["Sports massage"].Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATreatmentPageIsAServiceWithAnOfferInPounds()
    {
        var client = factory.CreateClient();

        var fixedPrice = StructuredDataTests.JsonLdOfType(await client.GetDocumentAsync("/treatments/" + SeedData.InitialAssessmentSlug), "WebPage");
        var service = fixedPrice.GetProperty("mainEntity");
        Assert.Equal("Service", service.GetProperty("@type").GetString());
        Assert.Equal("Initial assessment", service.GetProperty("name").GetString());
        Assert.Equal("http://localhost/#clinic", service.GetProperty("provider").GetProperty("@id").GetString());
        var offer = service.GetProperty("offers");
        Assert.Equal("Offer", offer.GetProperty("@type").GetString());
        Assert.Equal(60m, offer.GetProperty("price").GetDecimal());
        Assert.Equal("GBP", offer.GetProperty("priceCurrency").GetString());
        Assert.Equal("PriceSpecification", offer.GetProperty("priceSpecification").GetProperty("@type").GetString());
        Assert.Equal(60m, offer.GetProperty("priceSpecification").GetProperty("price").GetDecimal());
        Assert.Contains(service.GetProperty("availableChannel").EnumerateArray(), c => c.GetProperty("name").GetString() == "Video consultation");

        var from = StructuredDataTests.JsonLdOfType(await client.GetDocumentAsync("/treatments/acupuncture"), "WebPage").GetProperty("mainEntity").GetProperty("offers");
        Assert.False(from.TryGetProperty("price", out JsonElement _));
        Assert.Equal(40m, from.GetProperty("priceSpecification").GetProperty("minPrice").GetDecimal());

        var free = StructuredDataTests.JsonLdOfType(await client.GetDocumentAsync("/treatments/" + SeedData.FreeCallSlug), "WebPage").GetProperty("mainEntity").GetProperty("offers");
        Assert.Equal(0m, free.GetProperty("price").GetDecimal());
    }

    [Fact]
    public async Task TheClinicMakesAnOfferForEachPublishedTreatmentAndStatesItsPriceRange()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/conditions");

        var clinic = StructuredDataTests.JsonLdOfType(page, "Physiotherapy");
        var offers = clinic.GetProperty("makesOffer").EnumerateArray().ToList();
        var published = await factory.WithDbAsync(db => db.Treatments.Where(t => t.IsPublished).OrderBy(t => t.SortOrder).Select(t => t.Name).ToListAsync());
        Assert.Equal(published, offers.Select(o => o.GetProperty("itemOffered").GetProperty("name").GetString()));
        Assert.All(offers, o => Assert.Equal("GBP", o.GetProperty("priceSpecification").GetProperty("priceCurrency").GetString()));
        Assert.Equal("£40-£60", clinic.GetProperty("priceRange").GetString());
    }

    [Fact]
    public async Task ConditionsAndTreatmentsLinkToEachOther()
    {
        var client = factory.CreateClient();

        var condition = await client.GetDocumentAsync("/conditions/" + SeedData.CervicalMyelopathySlug);
        var treatmentLinks = condition.QuerySelectorAll("main .treatment-links a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/treatments/" + SeedData.InitialAssessmentSlug, treatmentLinks);

        var treatment = await client.GetDocumentAsync("/treatments/" + SeedData.InitialAssessmentSlug);
        Assert.Contains("/conditions/" + SeedData.CervicalMyelopathySlug,
            treatment.QuerySelectorAll("section[aria-labelledby='conditions-heading'] a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task AnUnpublishedTreatmentIsNeitherListedNorReachable()
    {
        await factory.WithDbAsync(async db =>
        {
            db.Treatments.Add(new Treatment { Name = "Hidden therapy", Slug = "hidden-therapy", Summary = "Not yet.", DurationMinutes = 30, Price = 30m });
            await db.SaveChangesAsync();
        });
        var client = factory.CreateClient();

        var list = await client.GetDocumentAsync("/treatments");
        Assert.DoesNotContain("Hidden therapy", list.QuerySelectorAll("main .card__title").Select(t => t.Text()));
        using var response = await client.GetAsync(new Uri("/treatments/hidden-therapy", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
