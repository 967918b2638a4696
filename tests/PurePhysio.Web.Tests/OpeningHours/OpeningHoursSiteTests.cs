using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin;
using PurePhysio.Web.Tests.Admin;
using PurePhysio.Web.Tests.Infrastructure;
using PurePhysio.Web.Tests.Seo;

namespace PurePhysio.Web.Tests.OpeningHours;

/// <summary>The site on Friday 18 December 2026, noon: Christmas Day (Friday 25th) is exactly a week away.</summary>
public sealed class ChristmasWeekAppFactory : ClinicAppFactory
{
    public static readonly DateTimeOffset Now = new(2026, 12, 18, 12, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Now);

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}

/// <summary>Header notice, JSON-LD and admin editing of hours, special hours and bank-holiday settings, over HTTP.</summary>
public sealed class OpeningHoursSiteTests(ChristmasWeekAppFactory factory) : IClassFixture<ChristmasWeekAppFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Every test starts from the seeded week, no special hours and default settings (saved tracked, so the caches hear of it).</summary>
    public Task DisposeAsync() => factory.WithDbAsync(async db =>
    {
        db.SpecialOpeningHours.RemoveRange(await db.SpecialOpeningHours.ToListAsync());
        db.OpeningHoursSettings.RemoveRange(await db.OpeningHoursSettings.ToListAsync());
        db.OpeningPeriods.RemoveRange(await db.OpeningPeriods.ToListAsync());
        db.OpeningPeriods.AddRange(Enum.GetValues<DayOfWeek>().Where(d => d != DayOfWeek.Sunday)
            .Select(d => new OpeningPeriod { Day = d, Opens = new TimeOnly(8, 0), Closes = new TimeOnly(20, 0) }));
        await db.SaveChangesAsync();
    });

    private static List<string> Notices(IHtmlDocument page) =>
        page.QuerySelectorAll("header #hours-notice li").Select(li => li.Text()).ToList();

    /// <summary>The clinic's specialOpeningHoursSpecification; left out when there is none.</summary>
    private static List<JsonElement> Specials(IHtmlDocument page) =>
        StructuredDataTests.JsonLdOfType(page, "Physiotherapy").TryGetProperty("specialOpeningHoursSpecification", out var specials)
            ? specials.EnumerateArray().ToList()
            : [];

    [Fact]
    public async Task TheHeaderAnnouncesChristmasDayAWeekAhead()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/");

        Assert.Equal(["Closed Friday 25 December (Christmas Day)"], Notices(page));
        Assert.Equal("Changes to our opening hours", page.One("header #hours-notice h2").Text());
    }

    [Fact]
    public async Task BankHolidaysAreSpecialOpeningHoursInTheStructuredData()
    {
        var specials = Specials(await factory.CreateClient().GetDocumentAsync("/"));

        var christmas = specials[0];
        Assert.Equal("2026-12-25", christmas.GetProperty("validFrom").GetString());
        Assert.Equal("2026-12-25", christmas.GetProperty("validThrough").GetString());
        Assert.Equal("00:00", christmas.GetProperty("opens").GetString());
        Assert.Equal("00:00", christmas.GetProperty("closes").GetString());
        Assert.Equal("Christmas Day", christmas.GetProperty("description").GetString());
        Assert.Equal(["2026-12-25", "2026-12-28", "2027-01-01"], specials.Take(3).Select(s => s.GetProperty("validFrom").GetString()));
        Assert.Equal("Boxing Day, substitute day", specials[1].GetProperty("description").GetString());
    }

    [Fact]
    public async Task ALunchBreakEditedInTheAdminShowsInTheHeaderAndStructuredData()
    {
        var client = await factory.SignedInClientAsync(AdminRoles.Editor);
        var values = new Dictionary<string, string>();
        for (var i = 0; i < 5; i++)
        {
            values[$"Week.Days[{i}].Periods[0].Closes"] = "12:00";
            values[$"Week.Days[{i}].Periods[1].Opens"] = "13:00";
            values[$"Week.Days[{i}].Periods[1].Closes"] = "20:00";
        }

        using (var saved = await client.SubmitAsync("/admin/opening-hours", "#hours-form", values))
        {
            await AdminSession.AssertRedirectAsync(saved);
        }

        var page = await factory.CreateClient().GetDocumentAsync("/");
        Assert.Equal(["Monday - Friday 8AM - 12PM, 1PM - 8PM", "Saturday 8AM - 8PM"],
            page.QuerySelectorAll("header .opening-hours__lines li").Select(li => li.Text()));
        // Friday 18 December 12:00 GMT is the lunch break.
        Assert.Equal("Closed now, opens today at 1PM", page.One("header .opening-hours__status").Text());

        var hours = StructuredDataTests.JsonLdOfType(page, "Physiotherapy").GetProperty("openingHoursSpecification").EnumerateArray()
            .Select(s => (s.GetProperty("dayOfWeek").GetArrayLength(), s.GetProperty("opens").GetString(), s.GetProperty("closes").GetString())).ToList();
        Assert.Equal([(5, "08:00", "12:00"), (5, "13:00", "20:00"), (1, "08:00", "20:00")], hours);

        var form = await client.GetDocumentAsync("/admin/opening-hours");
        Assert.Equal("13:00", form.One("#Week_Days_4__Periods_1__Opens").GetAttribute("value"));
    }

    [Fact]
    public async Task OverlappingPeriodsAreRefusedAndNothingIsSaved()
    {
        var client = await factory.SignedInClientAsync(AdminRoles.Editor);

        using var response = await client.SubmitAsync("/admin/opening-hours", "#hours-form", new Dictionary<string, string>
        {
            ["Week.Days[1].Periods[1].Opens"] = "19:00", ["Week.Days[1].Periods[1].Closes"] = "21:00",
            ["Week.Days[2].Periods[1].Opens"] = "21:00",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await Html.ParseAsync(response);
        Assert.Equal("On Tuesday the periods overlap. Give each period its own times.", doc.One("#Week_Days_1__Periods_1__Opens-error").Text());
        Assert.Equal("Enter when period 2 on Wednesday closes, or clear its opening time.", doc.One("#Week_Days_2__Periods_1__Closes-error").Text());
        Assert.Equal(6, await factory.WithDbAsync(db => db.OpeningPeriods.CountAsync()));
    }

    [Fact]
    public async Task SpecialHoursAddedInTheAdminAreAnnouncedAndListedAsSpecialOpeningHours()
    {
        var client = await factory.SignedInClientAsync(AdminRoles.Editor);

        using (var added = await client.SubmitAsync("/admin/closures", "#special-hours-form", new Dictionary<string, string>
               {
                   ["NewSpecialHours.Date"] = "2026-12-24", ["NewSpecialHours.Opens"] = "10:00", ["NewSpecialHours.Closes"] = "14:00",
                   ["NewSpecialHours.Reason"] = "Christmas Eve",
               }))
        {
            await AdminSession.AssertRedirectAsync(added);
        }

        var page = await factory.CreateClient().GetDocumentAsync("/");
        Assert.Equal(["Open 10AM - 2PM on Thursday 24 December (Christmas Eve)", "Closed Friday 25 December (Christmas Day)"], Notices(page));
        var eve = Specials(page)[0];
        Assert.Equal(("2026-12-24", "10:00", "14:00", "Christmas Eve"),
            (eve.GetProperty("validFrom").GetString(), eve.GetProperty("opens").GetString(), eve.GetProperty("closes").GetString(), eve.GetProperty("description").GetString()));

        var list = await client.GetDocumentAsync("/admin/closures");
        Assert.Contains("Christmas Eve", list.One("#special-hours").Text(), StringComparison.Ordinal);
        var id = await factory.WithDbAsync(db => db.SpecialOpeningHours.Select(s => s.Id).SingleAsync());
        using (var deleted = await client.SubmitAsync($"/admin/closures/special/{id}/delete", "main form", new Dictionary<string, string>()))
        {
            await AdminSession.AssertRedirectAsync(deleted);
        }

        Assert.Equal(["Closed Friday 25 December (Christmas Day)"], Notices(await factory.CreateClient().GetDocumentAsync("/")));
    }

    [Fact]
    public async Task SpecialHoursMustCloseAfterTheyOpenBeInTheFutureAndNotOverlap()
    {
        var client = await factory.SignedInClientAsync(AdminRoles.Editor);
        Dictionary<string, string> Form(string date, string opens, string closes) => new()
        {
            ["NewSpecialHours.Date"] = date, ["NewSpecialHours.Opens"] = opens, ["NewSpecialHours.Closes"] = closes, ["NewSpecialHours.Reason"] = "Test",
        };

        using (var backwards = await client.SubmitAsync("/admin/closures", "#special-hours-form", Form("2026-12-24", "14:00", "10:00")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
            Assert.Equal("The closing time must be after the opening time.", (await Html.ParseAsync(backwards)).One("#NewSpecialHours_Closes-error").Text());
        }

        using (var past = await client.SubmitAsync("/admin/closures", "#special-hours-form", Form("2026-12-17", "10:00", "14:00")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
            Assert.Equal("That date has passed. Enter today or a later date.", (await Html.ParseAsync(past)).One("#NewSpecialHours_Date-error").Text());
        }

        using (var first = await client.SubmitAsync("/admin/closures", "#special-hours-form", Form("2026-12-24", "10:00", "14:00")))
        {
            await AdminSession.AssertRedirectAsync(first);
        }

        using (var overlap = await client.SubmitAsync("/admin/closures", "#special-hours-form", Form("2026-12-24", "13:00", "15:00")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, overlap.StatusCode);
        }

        Assert.Equal(1, await factory.WithDbAsync(db => db.SpecialOpeningHours.CountAsync()));
    }

    [Fact]
    public async Task BankHolidaySettingsChangeTheRegionTheNoticePeriodAndWhetherTheClinicCloses()
    {
        var client = await factory.SignedInClientAsync(AdminRoles.Editor);

        using (var longer = await client.SubmitAsync("/admin/opening-hours", "#bank-holidays-form", new Dictionary<string, string> { ["Settings.NoticeDays"] = "10" }))
        {
            await AdminSession.AssertRedirectAsync(longer);
        }

        Assert.Equal(["Closed Friday 25 December (Christmas Day)", "Closed Monday 28 December (Boxing Day, substitute day)"],
            Notices(await factory.CreateClient().GetDocumentAsync("/")));

        using (var scotland = await client.SubmitAsync("/admin/opening-hours", "#bank-holidays-form", new Dictionary<string, string> { ["Settings.Region"] = "Scotland" }))
        {
            await AdminSession.AssertRedirectAsync(scotland);
        }

        var settings = await factory.WithDbAsync(db => db.OpeningHoursSettings.SingleAsync());
        Assert.Equal((BankHolidayRegion.Scotland, true, 10), (settings.BankHolidayRegion, settings.ClosedOnBankHolidays, settings.NoticeDays));
        Assert.Contains("2nd January", (await client.GetDocumentAsync("/admin/opening-hours")).One("#next-bank-holidays").Text(), StringComparison.Ordinal);

        // An unticked box posts only its hidden "false".
        using (var stayOpen = await client.SubmitAsync("/admin/opening-hours", "#bank-holidays-form", new Dictionary<string, string> { ["Settings.ClosedOnBankHolidays"] = "false" }))
        {
            await AdminSession.AssertRedirectAsync(stayOpen);
        }

        var page = await factory.CreateClient().GetDocumentAsync("/");
        Assert.Empty(Notices(page));
        Assert.DoesNotContain(Specials(page), s => s.GetProperty("description").GetString() == "Christmas Day");
    }

    [Fact]
    public async Task ANoticePeriodOutsideItsRangeIsRefused()
    {
        var client = await factory.SignedInClientAsync(AdminRoles.Editor);

        using var response = await client.SubmitAsync("/admin/opening-hours", "#bank-holidays-form", new Dictionary<string, string> { ["Settings.NoticeDays"] = "400" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Enter a number of days from 0 to 60.", (await Html.ParseAsync(response)).One("#Settings_NoticeDays-error").Text());
        Assert.False(await factory.WithDbAsync(db => db.OpeningHoursSettings.AnyAsync()));
    }
}
