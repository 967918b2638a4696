using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Tests.Infrastructure;
using PurePhysio.Web.Tests.Seo;

namespace PurePhysio.Web.Tests.Team;

/// <summary>/team and /team/{slug}: who works at the clinic, how to check their registration, and what search engines read.</summary>
public sealed class TeamPageTests(ClinicAppFactory factory) : IClassFixture<ClinicAppFactory>
{
    private async Task<Practitioner> AddAsync(string slug, bool published = true, Action<Practitioner>? change = null)
    {
        var p = new Practitioner
        {
            Name = "Alex Morgan " + slug, Slug = slug, Role = "Senior Physiotherapist",
            RegistrationBody = Regulator.Hcpc, RegistrationNumber = "PH123456",
            Qualifications = "BSc (Hons) Physiotherapy\nMSc Sports Medicine",
            Memberships = "Chartered Society of Physiotherapy (CSP)\nMusculoskeletal Association of Chartered Physiotherapists",
            SpecialInterests = "Running injuries\nShoulder pain",
            Bio = "Alex has **ten years** of experience. <script>alert('x')</script><a href=\"javascript:alert(1)\">bad</a>",
            IsPublished = published, SortOrder = 10,
        };
        change?.Invoke(p);
        await factory.WithDbAsync(async db =>
        {
            db.Practitioners.Add(p);
            await db.SaveChangesAsync();
        });
        return p;
    }

    [Fact]
    public async Task TeamPageListsPublishedProfilesInOrderAndHidesUnpublishedOnes()
    {
        await AddAsync("listed-physio");
        await AddAsync("hidden-physio", published: false);
        var client = factory.CreateClient();

        var page = await client.GetDocumentAsync("/team");

        var names = page.QuerySelectorAll("main .card__title a").Select(a => a.Text()).ToList();
        Assert.Contains("Alex Morgan listed-physio", names);
        Assert.DoesNotContain("Alex Morgan hidden-physio", names);
        // The seeded placeholders come first (order 0 and 1).
        Assert.Equal("Senior Physiotherapist (placeholder)", names[0]);
        Assert.Equal("/team/listed-physio", page.QuerySelectorAll("main .card__title a").Single(a => a.Text() == "Alex Morgan listed-physio").GetAttribute("href"));
        using var hidden = await client.GetAsync(new Uri("/team/hidden-physio", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }

    [Fact]
    public async Task ProfileShowsRegistrationWithALinkToTheRegisterAndASanitizedBiography()
    {
        await AddAsync("registered-physio");

        var page = await factory.CreateClient().GetDocumentAsync("/team/registered-physio");

        Assert.Equal("Alex Morgan registered-physio", page.One("main h1").Text());
        var registration = page.One(".profile__registration");
        Assert.Contains("registration number PH123456", registration.Text(), StringComparison.Ordinal);
        Assert.Equal("https://www.hcpc-uk.org/check-the-register/", registration.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(["BSc (Hons) Physiotherapy", "MSc Sports Medicine"],
            page.QuerySelectorAll("section[aria-labelledby='qualifications-heading'] li").Select(li => li.Text()));
        Assert.NotNull(page.QuerySelector("main article strong"));
        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.DoesNotContain(page.QuerySelectorAll("main a"), a => (a.GetAttribute("href") ?? "").StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ProfileIsASchemaOrgPersonWithJobTitleCredentialsAndMemberships()
    {
        await AddAsync("schema-physio");

        var page = await factory.CreateClient().GetDocumentAsync("/team/schema-physio");

        var profile = StructuredDataTests.JsonLdOfType(page, "ProfilePage");
        var person = profile.GetProperty("mainEntity");
        Assert.Equal("Person", person.GetProperty("@type").GetString());
        Assert.Equal("http://localhost/team/schema-physio#person", person.GetProperty("@id").GetString());
        Assert.Equal("Senior Physiotherapist", person.GetProperty("jobTitle").GetString());
        Assert.Equal("http://localhost/#clinic", person.GetProperty("worksFor").GetProperty("@id").GetString());
        var credentials = person.GetProperty("hasCredential").EnumerateArray().ToList();
        Assert.All(credentials, c => Assert.Equal("EducationalOccupationalCredential", c.GetProperty("@type").GetString()));
        var registration = credentials.Single(c => c.GetProperty("credentialCategory").GetString() == "Professional registration");
        Assert.Equal("PH123456", registration.GetProperty("identifier").GetString());
        Assert.Equal("Health and Care Professions Council", registration.GetProperty("recognizedBy").GetProperty("name").GetString());
        Assert.Equal(["BSc (Hons) Physiotherapy", "MSc Sports Medicine"],
            credentials.Where(c => c.GetProperty("credentialCategory").GetString() == "Qualification").Select(c => c.GetProperty("name").GetString()));
        var memberOf = person.GetProperty("memberOf").EnumerateArray().ToList();
        Assert.All(memberOf, m => Assert.Equal("Organization", m.GetProperty("@type").GetString()));
        Assert.Contains("Chartered Society of Physiotherapy (CSP)", memberOf.Select(m => m.GetProperty("name").GetString()));
        Assert.Equal("BreadcrumbList", profile.GetProperty("breadcrumb").GetProperty("@type").GetString());
    }

    [Fact]
    public async Task TheClinicNamesItsPublishedTeamAsEmployees()
    {
        await AddAsync("employee-physio");
        await AddAsync("not-employee-physio", published: false);

        var page = await factory.CreateClient().GetDocumentAsync("/");

        var employees = StructuredDataTests.JsonLdOfType(page, "Physiotherapy").GetProperty("employee").EnumerateArray().ToList();
        Assert.All(employees, e => Assert.Equal("Person", e.GetProperty("@type").GetString()));
        var ids = employees.Select(e => e.GetProperty("@id").GetString()).ToList();
        Assert.Contains("http://localhost/team/employee-physio#person", ids);
        Assert.DoesNotContain("http://localhost/team/not-employee-physio#person", ids);
        Assert.Contains("http://localhost/team/" + SeedData.PlaceholderPractitionerSlug + "#person", ids);
    }

    [Fact]
    public async Task AConditionArticleNamesItsReviewerWithALinkAndTellsSearchEngines()
    {
        var reviewer = await AddAsync("reviewing-physio");
        await factory.WithDbAsync(async db =>
        {
            var condition = await db.Conditions.SingleAsync(c => c.Slug == SeedData.CervicalMyelopathySlug);
            condition.ReviewedByPractitionerId = reviewer.Id;
            condition.LastReviewedOn = new DateOnly(2026, 11, 20);
            await db.SaveChangesAsync();
        });

        var page = await factory.CreateClient().GetDocumentAsync("/conditions/" + SeedData.CervicalMyelopathySlug);

        var line = page.One("main .reviewed-by");
        Assert.Equal("Reviewed by Alex Morgan reviewing-physio, Senior Physiotherapist on 20 November 2026", line.Text());
        Assert.Equal("/team/reviewing-physio", line.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("2026-11-20", line.QuerySelector("time")!.GetAttribute("datetime"));
        var webPage = StructuredDataTests.JsonLdOfType(page, "MedicalWebPage");
        Assert.Equal("2026-11-20", webPage.GetProperty("lastReviewed").GetString());
        var reviewedBy = webPage.GetProperty("reviewedBy");
        Assert.Equal("Person", reviewedBy.GetProperty("@type").GetString());
        Assert.Equal("Alex Morgan reviewing-physio", reviewedBy.GetProperty("name").GetString());
        Assert.Equal("http://localhost/team/reviewing-physio#person", reviewedBy.GetProperty("@id").GetString());

        // A hidden profile is not named (nor linked to a 404), and the cached article follows at once.
        await factory.WithDbAsync(async db =>
        {
            (await db.Practitioners.SingleAsync(p => p.Id == reviewer.Id)).IsPublished = false;
            await db.SaveChangesAsync();
        });
        var after = await factory.CreateClient().GetDocumentAsync("/conditions/" + SeedData.CervicalMyelopathySlug);
        Assert.Null(after.QuerySelector("main .reviewed-by"));
        Assert.False(StructuredDataTests.JsonLdOfType(after, "MedicalWebPage").TryGetProperty("reviewedBy", out JsonElement _));
    }
}
