using System.Globalization;
using System.Text.Json.Nodes;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.OpeningHours;

namespace PurePhysio.Web.Features.Seo;

/// <summary>The clinic as a schema.org Physiotherapy business (a MedicalBusiness): contact details, weekly hours and closures.</summary>
public static class ClinicStructuredData
{
    /// <summary>How many upcoming exceptions (closures, bank holidays, special hours) the data lists.</summary>
    public const int ExceptionsListed = 10;

    public static JsonObject Build(ClinicSettings settings, OpeningSchedule schedule, DateOnly today, string baseUrl)
    {
        var exceptions = schedule.Exceptions(today, today.AddDays(OpeningSchedule.LookAheadDays)).Take(ExceptionsListed);
        var clinic = JsonLd.Thing("Physiotherapy",
            ("@id", baseUrl + "/#clinic"),
            ("name", settings.ClinicName),
            ("url", baseUrl + "/"),
            ("telephone", settings.Phone),
            ("email", settings.Email),
            ("address", JsonLd.Thing("PostalAddress",
                ("streetAddress", settings.StreetAddress),
                ("addressLocality", settings.Locality),
                ("addressRegion", settings.Region),
                ("postalCode", settings.PostalCode),
                ("addressCountry", settings.CountryCode))),
            ("openingHoursSpecification", JsonLd.Array(WeeklyHours(schedule))),
            ("specialOpeningHoursSpecification", JsonLd.Array(exceptions.SelectMany(Special))),
            ("sameAs", JsonLd.Array(new[] { settings.FacebookUrl, settings.TwitterUrl, settings.InstagramUrl }
                .Where(u => !string.IsNullOrWhiteSpace(u)).Select(u => (JsonNode)u))));
        return JsonLd.Root(clinic);
    }

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
