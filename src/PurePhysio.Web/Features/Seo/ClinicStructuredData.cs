using System.Globalization;
using System.Text.Json.Nodes;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Clinic;
using PurePhysio.Web.Features.Contact;
using PurePhysio.Web.Features.OpeningHours;

namespace PurePhysio.Web.Features.Seo;

/// <summary>The clinic as a schema.org Physiotherapy business (a MedicalBusiness): contact details, weekly hours and closures.</summary>
internal static class ClinicStructuredData
{
    public static string ClinicId(string baseUrl) => baseUrl + "/#clinic";

    /// <summary>How many upcoming exceptions (closures, bank holidays, special hours) the data lists.</summary>
    public const int ExceptionsListed = 10;

    public static JsonObject Build(ClinicSettings settings, OpeningSchedule schedule, DateOnly today, ClinicOffering offering, string baseUrl)
    {
        var exceptions = schedule.Exceptions(today, today.AddDays(OpeningSchedule.LookAheadDays)).Take(ExceptionsListed);
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
            ("openingHoursSpecification", JsonLd.Array(WeeklyHours(schedule))),
            ("specialOpeningHoursSpecification", JsonLd.Array(exceptions.SelectMany(Special))),
            ("sameAs", JsonLd.Array(new[] { settings.FacebookUrl, settings.TwitterUrl, settings.InstagramUrl }
                .Where(u => !string.IsNullOrWhiteSpace(u)).Select(u => (JsonNode)u))));
        return JsonLd.Root(clinic);
    }

    /// <summary>Who works at the clinic and what it offers, as listed on /team and /treatments.</summary>
    public sealed record ClinicOffering(IReadOnlyList<PublishedPractitioner> Team, IReadOnlyList<PublishedTreatment> Treatments);

    /// <summary>One specification per period of each run of days with the same periods; closed days are left out, which means closed.</summary>
    private static IEnumerable<JsonNode> WeeklyHours(OpeningSchedule schedule) =>
        schedule.Summarize().SelectMany(line => line.Periods.Select(period => (JsonNode)JsonLd.Thing("OpeningHoursSpecification",
            ("dayOfWeek", JsonLd.Array(line.DayList.Select(d => (JsonNode)("https://schema.org/" + d)))),
            ("opens", Time(period.Opens)),
            ("closes", Time(period.Closes)))));

    // schema.org's way to say "closed all day" on given dates: opens and closes at 00:00.
    private static IEnumerable<JsonNode> Special(HoursException exception) =>
        (exception.IsClosed ? [new TimeRange(TimeOnly.MinValue, TimeOnly.MinValue)] : exception.Periods)
        .Select(period => (JsonNode)JsonLd.Thing("OpeningHoursSpecification",
            ("validFrom", Date(exception.Start)),
            ("validThrough", Date(exception.End)),
            ("opens", Time(period.Opens)),
            ("closes", Time(period.Closes)),
            ("description", exception.Reason)));

    private static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
