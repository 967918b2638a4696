using System.Text.Json.Nodes;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Shared;
using PurePhysio.Web.Features.Treatments;

namespace PurePhysio.Web.Features.Seo;

/// <summary>Treatments as schema.org Services the clinic offers, each with an Offer and its price specification in pounds.</summary>
internal static class TreatmentStructuredData
{
    public const string Currency = "GBP";

    public static JsonObject Page(TreatmentDetails t, string baseUrl)
    {
        var url = baseUrl + PublicPaths.Treatment(t.Slug);
        var service = JsonLd.Thing("Service",
            ("@id", url + "#service"),
            ("name", t.Name),
            ("description", t.Summary),
            ("url", url),
            ("serviceType", "Physiotherapy"),
            ("provider", new JsonObject { ["@id"] = ClinicStructuredData.ClinicId(baseUrl) }),
            ("availableChannel", JsonLd.Array(Channels(t.VideoConsultationAvailable))),
            ("offers", Offer(t.PriceKind, t.Price, null, baseUrl)));
        var breadcrumb = new BreadcrumbItem[] { new("Home", PublicPaths.Home), new("Treatments", PublicPaths.Treatments), new(t.Name, PublicPaths.Treatment(t.Slug)) };
        return JsonLd.Root(JsonLd.Thing("WebPage",
            ("@id", url + "#webpage"),
            ("url", url),
            ("name", t.Name),
            ("description", t.Summary),
            ("inLanguage", "en-GB"),
            ("mainEntity", service),
            ("breadcrumb", ConditionStructuredData.Breadcrumb(breadcrumb, path => baseUrl + SiteUrls.CanonicalPath(path)))));
    }

    public static JsonObject List(IReadOnlyList<TreatmentListItem> treatments, string baseUrl)
    {
        var url = baseUrl + PublicPaths.Treatments;
        return JsonLd.Root(JsonLd.Thing("CollectionPage",
            ("@id", url + "#webpage"),
            ("url", url),
            ("name", "Treatments and prices"),
            ("inLanguage", "en-GB"),
            ("mainEntity", JsonLd.Thing("OfferCatalog",
                ("name", "Treatments"),
                ("itemListElement", JsonLd.Array(treatments.Select(t => Offer(t.PriceKind, t.Price, (t.Name, t.Slug), baseUrl))))))));
    }

    /// <summary>
    /// An Offer in pounds. A fixed price or free: price and a PriceSpecification with the same price;
    /// "from £x": only a minimum price, since the final price depends on what is needed.
    /// </summary>
    public static JsonObject Offer(PriceKind kind, decimal? price, (string Name, string Slug)? item, string baseUrl)
    {
        var amount = kind == PriceKind.Free ? 0d : (double)(price ?? 0m);
        var specification = kind == PriceKind.From
            ? JsonLd.Thing("PriceSpecification", ("minPrice", amount), ("priceCurrency", Currency))
            : JsonLd.Thing("PriceSpecification", ("price", amount), ("priceCurrency", Currency));
        return JsonLd.Thing("Offer",
            ("itemOffered", item is { } i
                ? JsonLd.Thing("Service", ("@id", $"{baseUrl}{PublicPaths.Treatment(i.Slug)}#service"), ("name", i.Name), ("url", baseUrl + PublicPaths.Treatment(i.Slug)))
                : null),
            ("price", kind == PriceKind.From ? null : amount),
            ("priceCurrency", Currency),
            ("priceSpecification", specification));
    }

    /// <summary>schema.org priceRange text for the business, e.g. "£40-£60"; null when nothing has a price.</summary>
    public static string? PriceRange(IEnumerable<(PriceKind Kind, decimal? Price)> prices)
    {
        var paid = prices.Where(p => p.Kind != PriceKind.Free && p.Price is > 0).Select(p => p.Price!.Value).ToList();
        if (paid.Count == 0)
        {
            return null;
        }

        var (min, max) = (paid.Min(), paid.Max());
        return min == max ? PriceText.Pounds(min) : $"{PriceText.Pounds(min)}-{PriceText.Pounds(max)}";
    }

    private static IEnumerable<JsonNode> Channels(bool video)
    {
        yield return JsonLd.Thing("ServiceChannel", ("name", "In the clinic"));
        if (video)
        {
            yield return JsonLd.Thing("ServiceChannel", ("name", "Video consultation"));
        }
    }
}
