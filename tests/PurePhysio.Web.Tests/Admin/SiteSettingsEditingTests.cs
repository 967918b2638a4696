using System.Net;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Features.Admin;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Admin;

/// <summary>Testimonials, opening hours, closures and clinic settings: staff changes show on the public site at once.</summary>
public sealed class SiteSettingsEditingTests(ClinicAppFactory factory) : IClassFixture<ClinicAppFactory>
{
    [Fact]
    public async Task TestimonialsCanBeAddedReorderedAndUnpublished()
    {
        var client = await factory.SignedInClientAsync(AdminRoles.Editor);
        const string quote = "The physio sorted my shoulder in three sessions.";

        using (var created = await client.SubmitAsync("/admin/testimonials/create", "#edit-form",
                   new Dictionary<string, string> { ["Quote"] = quote, ["Author"] = "A. Patient" }))
        {
            await AdminSession.AssertRedirectAsync(created);
        }

        var id = await factory.WithDbAsync(db => db.Testimonials.Where(t => t.Quote == quote).Select(t => t.Id).SingleAsync());
        var list = await client.GetDocumentAsync("/admin/testimonials");
        var rows = list.QuerySelectorAll("tbody tr").ToList();
        Assert.Contains(quote, rows[^1].Text(), StringComparison.Ordinal);

        using (var moved = await client.SubmitAsync("/admin/testimonials", $"form[action='/admin/testimonials/{id}/move-up']", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        }

        rows = (await client.GetDocumentAsync("/admin/testimonials")).QuerySelectorAll("tbody tr").ToList();
        Assert.Contains(quote, rows[^2].Text(), StringComparison.Ordinal);
        var order = await factory.WithDbAsync(db => db.Testimonials.OrderBy(t => t.SortOrder).Select(t => t.Id).ToListAsync());
        Assert.Equal(id, order[^2]);

        var anonymous = factory.CreateClient();
        var before = await anonymous.GetDocumentAsync("/conditions/cervical-myelopathy");
        Assert.Contains(quote, before.QuerySelectorAll(".testimonial blockquote").Select(q => q.Text()));

        using (var hidden = await client.SubmitAsync("/admin/testimonials", $"form[action='/admin/testimonials/{id}/unpublish']", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, hidden.StatusCode);
        }

        var after = await anonymous.GetDocumentAsync("/conditions/cervical-myelopathy");
        Assert.DoesNotContain(quote, after.QuerySelectorAll(".testimonial blockquote").Select(q => q.Text()));
    }

    [Fact]
    public async Task OpeningHoursChangesShowInTheHeaderAtOnce()
    {
        var client = await factory.SignedInClientAsync(AdminRoles.Editor);
        var values = new Dictionary<string, string>();
        for (var i = 0; i < 6; i++)
        {
            values[$"Week.Days[{i}].Periods[0].Opens"] = "09:00";
            values[$"Week.Days[{i}].Periods[0].Closes"] = "17:30";
        }

        using (var saved = await client.SubmitAsync("/admin/opening-hours", "#hours-form", values))
        {
            await AdminSession.AssertRedirectAsync(saved);
        }

        var page = await factory.CreateClient().GetDocumentAsync("/");
        Assert.Equal(["Monday - Saturday 9AM - 5:30PM"], page.One("header .opening-hours").QuerySelectorAll("li").Select(li => li.Text()));

        // Put the seeded hours back for the other tests in this class.
        for (var i = 0; i < 6; i++)
        {
            values[$"Week.Days[{i}].Periods[0].Opens"] = "08:00";
            values[$"Week.Days[{i}].Periods[0].Closes"] = "20:00";
        }

        using var restored = await client.SubmitAsync("/admin/opening-hours", "#hours-form", values);
        await AdminSession.AssertRedirectAsync(restored);
    }

    [Fact]
    public async Task OpeningHoursMustCloseAfterTheyOpen()
    {
        var client = await factory.SignedInClientAsync(AdminRoles.Editor);

        using var response = await client.SubmitAsync("/admin/opening-hours", "#hours-form", new Dictionary<string, string>
        {
            ["Week.Days[0].Periods[0].Opens"] = "18:00", ["Week.Days[0].Periods[0].Closes"] = "09:00",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await Html.ParseAsync(response);
        Assert.Equal("On Monday the closing time must be after the opening time.", doc.One("#Week_Days_0__Periods_0__Closes-error").Text());
        Assert.Equal("true", doc.One("#Week_Days_0__Periods_0__Closes").GetAttribute("aria-invalid"));
        Assert.Equal(new TimeOnly(8, 0), await factory.WithDbAsync(db => db.OpeningPeriods.Where(h => h.Day == DayOfWeek.Monday).Select(h => h.Opens).SingleAsync()));
    }

    [Fact]
    public async Task ClosuresCanBeAddedAndMustEndOnOrAfterTheyStart()
    {
        var client = await factory.SignedInClientAsync(AdminRoles.Editor);

        using (var bad = await client.SubmitAsync("/admin/closures", "#closure-form", new Dictionary<string, string>
               {
                   ["NewClosure.StartDate"] = "2030-12-26", ["NewClosure.EndDate"] = "2030-12-25", ["NewClosure.Reason"] = "Backwards",
               }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Equal("The last closed day must be on or after the first.", (await Html.ParseAsync(bad)).One("#NewClosure_EndDate-error").Text());
        }

        using (var good = await client.SubmitAsync("/admin/closures", "#closure-form", new Dictionary<string, string>
               {
                   ["NewClosure.StartDate"] = "2030-12-25", ["NewClosure.EndDate"] = "2030-12-26", ["NewClosure.Reason"] = "Christmas",
               }))
        {
            await AdminSession.AssertRedirectAsync(good);
        }

        var closures = await factory.WithDbAsync(db => db.Closures.Where(c => c.Reason == "Christmas" || c.Reason == "Backwards").ToListAsync());
        var closure = Assert.Single(closures);
        Assert.Equal(new DateOnly(2030, 12, 25), closure.StartDate);

        using var deleted = await client.SubmitAsync($"/admin/closures/{closure.Id}/delete", "main form", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Closures.AnyAsync(c => c.Id == closure.Id)));
    }

    [Fact]
    public async Task ClinicSettingsRejectAnUnknownTimeZoneAndShowContactChangesInTheFooter()
    {
        var client = await factory.SignedInClientAsync(AdminRoles.Admin);

        using (var bad = await client.SubmitAsync("/admin/settings", "#settings-form", new Dictionary<string, string> { ["TimeZoneId"] = "Mars/Olympus_Mons" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.StartsWith("That is not a time zone", (await Html.ParseAsync(bad)).One("#TimeZoneId-error").Text(), StringComparison.Ordinal);
        }

        using (var badLink = await client.SubmitAsync("/admin/settings", "#settings-form", new Dictionary<string, string> { ["FacebookUrl"] = "javascript:alert(1)" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, badLink.StatusCode);
        }

        using (var good = await client.SubmitAsync("/admin/settings", "#settings-form", new Dictionary<string, string> { ["Phone"] = "01632 960 999" }))
        {
            await AdminSession.AssertRedirectAsync(good);
        }

        var footer = (await factory.CreateClient().GetDocumentAsync("/")).One("footer");
        Assert.Contains("01632 960 999", footer.TextContent, StringComparison.Ordinal);
        Assert.Equal("Europe/London", await factory.WithDbAsync(db => db.ClinicSettings.Select(s => s.TimeZoneId).SingleAsync()));
    }
}
