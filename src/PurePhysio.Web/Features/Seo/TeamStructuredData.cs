using System.Text.Json.Nodes;
using PurePhysio.Web.Features.Shared;
using PurePhysio.Web.Features.Team;

namespace PurePhysio.Web.Features.Seo;

/// <summary>A practitioner as a schema.org Person (jobTitle, hasCredential, memberOf), on a ProfilePage, working for the clinic.</summary>
internal static class TeamStructuredData
{
    public static string PersonId(string baseUrl, string slug) => $"{baseUrl}{PublicPaths.Practitioner(slug)}#person";

    public static JsonObject ProfilePage(TeamMemberProfile p, string baseUrl)
    {
        var url = baseUrl + PublicPaths.Practitioner(p.Slug);
        var person = JsonLd.Thing("Person",
            ("@id", PersonId(baseUrl, p.Slug)),
            ("name", p.Name),
            ("jobTitle", p.Role),
            ("url", url),
            ("worksFor", new JsonObject { ["@id"] = ClinicStructuredData.ClinicId(baseUrl) }),
            ("hasCredential", JsonLd.Array(Credentials(p))),
            ("memberOf", JsonLd.Array(p.Memberships.Select(m => JsonLd.Thing("Organization", ("name", m))))),
            ("knowsAbout", JsonLd.Array(p.SpecialInterests.Concat(p.Conditions.Select(c => c.Title)).Distinct().Select(s => (JsonNode)s))),
            ("image", p.Photo is { } photo ? baseUrl + Media.ShareImage.Path(photo) : null));

        var breadcrumb = new BreadcrumbItem[] { new("Home", PublicPaths.Home), new("Our team", PublicPaths.Team), new(p.Name, PublicPaths.Practitioner(p.Slug)) };
        return JsonLd.Root(JsonLd.Thing("ProfilePage",
            ("@id", url + "#webpage"),
            ("url", url),
            ("name", p.Name),
            ("inLanguage", "en-GB"),
            ("mainEntity", person),
            ("breadcrumb", ConditionStructuredData.Breadcrumb(breadcrumb, path => baseUrl + SiteUrls.CanonicalPath(path)))));
    }

    /// <summary>A short reference for other pages (the clinic's employees, an article's reviewer).</summary>
    public static JsonObject PersonReference(string baseUrl, string name, string role, string slug) => JsonLd.Thing("Person",
        ("@id", PersonId(baseUrl, slug)),
        ("name", name),
        ("jobTitle", role),
        ("url", baseUrl + PublicPaths.Practitioner(slug)));

    private static IEnumerable<JsonNode> Credentials(TeamMemberProfile p)
    {
        if (p.Registration is { } reg)
        {
            yield return JsonLd.Thing("EducationalOccupationalCredential",
                ("credentialCategory", "Professional registration"),
                ("name", string.IsNullOrEmpty(reg.Number) ? $"{reg.Regulator.Abbreviation} registration" : $"{reg.Regulator.Abbreviation} registration {reg.Number}"),
                ("identifier", reg.Number),
                ("recognizedBy", JsonLd.Thing("Organization",
                    ("name", reg.Regulator.Name),
                    ("alternateName", reg.Regulator.Abbreviation),
                    ("url", reg.Regulator.Url))));
        }

        foreach (var q in p.Qualifications)
        {
            yield return JsonLd.Thing("EducationalOccupationalCredential", ("credentialCategory", "Qualification"), ("name", q));
        }
    }
}
