using System.Globalization;
using System.Text.Json.Nodes;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Clinic;
using PurePhysio.Web.Features.Contact;
using PurePhysio.Web.Features.OpeningHours;

namespace PurePhysio.Web.Features.Seo;

/// <summary>The clinic as a schema.org Physiotherapy business (a MedicalBusiness): contact details, weekly hours and closures.</summary>
public static class ClinicStructuredData
{
    public static string ClinicId(string baseUrl) => baseUrl + "/#clinic";

    public static JsonObject Build(ClinicSettings settings, IEnumerable<Domain.OpeningHours> week, IEnumerable<Closure> upcomingClosures, string baseUrl) =>
        Build(settings, week, upcomingClosures, ClinicOffering.None, baseUrl);

    public static JsonObject Build(ClinicSettings settings, IEnumerable<Domain.OpeningHours> week, IEnumerable<Closure> upcomingClosures,
        ClinicOffering offering, string baseUrl)
    {
        var address = ContactDetails.AddressOf(settings);
        var clinic = JsonLd.Thing("Physiotherapy",
            ("@id", ClinicId(baseUrl)),
            ("name", settings.ClinicName),
            ("url", baseUrl + "/"),
            ("telephone", settings.Phone),
            ("email", settings.Email),
            ("address", JsonLd.Thing("PostalAddress",
                ("streetAddress", string.Join(", ", new[] { settings.StreetAddress, settings.AddressLine2 }.Where(l => !string.IsNullOrWhiteSpace(l)))),
                ("addressLocality", settings.Locality),
                ("addressRegion", settings.Region),
                ("postalCode", settings.PostalCode),
                ("addressCountry", settings.CountryCode))),
            ("geo", settings is { Latitude: { } lat, Longitude: { } lon }
                ? JsonLd.Thing("GeoCoordinates", ("latitude", lat), ("longitude", lon))
                : null),
            ("hasMap", address.Count == 0 && settings.Latitude is null ? null : OpenStreetMap.MapUrl(settings.Latitude, settings.Longitude, string.Join(", ", address))),
            ("amenityFeature", settings.StepFreeAccess
                ? JsonLd.Array([JsonLd.Thing("LocationFeatureSpecification", ("name", "Step-free access"), ("value", true))])
                : null),
            ("priceRange", TreatmentStructuredData.PriceRange(offering.Treatments.Select(t => (t.PriceKind, t.Price)))),
            ("employee", JsonLd.Array(offering.Team.Select(p => TeamStructuredData.PersonReference(baseUrl, p.Name, p.Role, p.Slug)))),
            ("makesOffer", JsonLd.Array(offering.Treatments.Select(t => TreatmentStructuredData.Offer(t.PriceKind, t.Price, (t.Name, t.Slug), baseUrl)))),
            ("openingHoursSpecification", JsonLd.Array(WeeklyHours(week))),
            ("specialOpeningHoursSpecification", JsonLd.Array(upcomingClosures.OrderBy(c => c.StartDate).Select(Closed))),
            ("sameAs", JsonLd.Array(new[] { settings.FacebookUrl, settings.TwitterUrl, settings.InstagramUrl }
                .Where(u => !string.IsNullOrWhiteSpace(u)).Select(u => (JsonNode)u))));
        return JsonLd.Root(clinic);
    }

    /// <summary>Who works at the clinic and what it offers, as listed on /team and /treatments.</summary>
    public sealed record ClinicOffering(IReadOnlyList<PublishedPractitioner> Team, IReadOnlyList<PublishedTreatment> Treatments)
    {
        public static readonly ClinicOffering None = new([], []);
    }

    /// <summary>One specification per run of consecutive days with the same hours; closed days are left out, which means closed.</summary>
    private static IEnumerable<JsonNode> WeeklyHours(IEnumerable<Domain.OpeningHours> week)
    {
        var byDay = week.ToDictionary(h => h.Day);
        var order = OpeningHoursCalculator.WeekOrder;
        var i = 0;
        while (i < order.Count)
        {
            var hours = byDay.GetValueOrDefault(order[i]);
            var j = i;
            while (j + 1 < order.Count && SameHours(hours, byDay.GetValueOrDefault(order[j + 1])))
            {
                j++;
            }

            if (hours is { IsClosed: false, Opens: { } opens, Closes: { } closes })
            {
                yield return JsonLd.Thing("OpeningHoursSpecification",
                    ("dayOfWeek", JsonLd.Array(order.Skip(i).Take(j - i + 1).Select(d => (JsonNode)("https://schema.org/" + d)))),
                    ("opens", Time(opens)),
                    ("closes", Time(closes)));
            }

            i = j + 1;
        }
    }

    private static bool SameHours(Domain.OpeningHours? a, Domain.OpeningHours? b) =>
        OpeningHoursCalculator.FormatHours(a) == OpeningHoursCalculator.FormatHours(b);

    // schema.org's way to say "closed all day" on given dates: opens and closes at 00:00.
    private static JsonNode Closed(Closure closure) => JsonLd.Thing("OpeningHoursSpecification",
        ("validFrom", Date(closure.StartDate)),
        ("validThrough", Date(closure.EndDate)),
        ("opens", "00:00"),
        ("closes", "00:00"),
        ("description", closure.Reason));

    private static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
