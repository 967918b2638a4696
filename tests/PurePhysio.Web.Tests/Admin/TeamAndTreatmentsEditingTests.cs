using System.Net;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Admin;

/// <summary>Staff edit team profiles and treatments in the admin; patients see the result; bad input stores nothing.</summary>
public sealed class TeamAndTreatmentsEditingTests(ClinicAppFactory factory) : IClassFixture<ClinicAppFactory>, IAsyncLifetime
{
    // About editing, not approval: articles may be published without a clinician's approval here.
    public Task InitializeAsync() => factory.PublishConditionsWithoutApprovalAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<int> ConditionIdAsync() =>
        factory.WithDbAsync(db => db.Conditions.Where(c => c.Slug == SeedData.CervicalMyelopathySlug).Select(c => c.Id).SingleAsync());

    private static Dictionary<string, string> Treatment(string name, string slug, string kind = "Fixed", string price = "55") => new()
    {
        ["Name"] = name,
        ["Slug"] = slug,
        ["Summary"] = "Hands-on treatment for stiff joints.",
        ["WhatHappens"] = "We **move** the joint gently.",
        ["WhoItSuits"] = "Adults with stiff joints.",
        ["DurationMinutes"] = "40",
        ["PriceKind"] = kind,
        ["Price"] = price,
        ["SortOrder"] = "20",
        ["IsPublished"] = "true",
    };

    [Fact]
    public async Task StaffAddATreatmentWithItsConditionsAndPatientsSeeItAtOnce()
    {
        var client = await factory.SignedInClientAsync(AdminRoles.Editor);
        var values = Treatment("Joint mobilisation", "joint-mobilisation", kind: "From", price: "42.50");
        values["VideoConsultationAvailable"] = "true";
        var conditionId = await ConditionIdAsync();

        var form = await client.GetDocumentAsync("/admin/treatments/create");
        Assert.NotNull(form.QuerySelector($"#edit-form input[name='ConditionIds'][value='{conditionId}']"));
        var fields = FormSubmission.FieldsOf((AngleSharp.Html.Dom.IHtmlFormElement)form.One("#edit-form"));
        foreach (var (k, v) in values)
        {
            fields[k] = v;
        }

        var body = fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).Append(new("ConditionIds", conditionId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        using (var saved = await client.PostAsync(new Uri("/admin/treatments/create", UriKind.Relative), new FormUrlEncodedContent(body)))
        {
            await AdminSession.AssertRedirectAsync(saved);
            Assert.Equal("/admin/treatments", saved.Headers.Location?.OriginalString);
        }

        var stored = await factory.WithDbAsync(db => db.Treatments.Include(t => t.Conditions).SingleAsync(t => t.Slug == "joint-mobilisation"));
        Assert.Equal(PriceKind.From, stored.PriceKind);
        Assert.Equal(42.50m, stored.Price);
        Assert.True(stored.VideoConsultationAvailable);
        Assert.False(stored.PriceIsPlaceholder);
        Assert.Equal([conditionId], stored.Conditions.Select(c => c.Id));

        var anonymous = factory.CreateClient();
        var page = await anonymous.GetDocumentAsync("/treatments/joint-mobilisation");
        Assert.Equal("Joint mobilisation", page.One("main h1").Text());
        Assert.Equal("from £42.50", page.One("main .price").Text());
        var condition = await anonymous.GetDocumentAsync("/conditions/" + SeedData.CervicalMyelopathySlug);
        Assert.Contains("/treatments/joint-mobilisation", condition.QuerySelectorAll("main .treatment-links a").Select(a => a.GetAttribute("href")));

        // Unticking the condition removes the link both ways, and a new price shows at once on the (cached) list.
        Assert.Contains("from £42.50", (await anonymous.GetDocumentAsync("/treatments")).QuerySelectorAll("main .price").Select(p => p.Text()));
        var id = stored.Id;
        var editForm = await client.GetDocumentAsync($"/admin/treatments/{id}/edit");
        Assert.True(((AngleSharp.Html.Dom.IHtmlInputElement)editForm.One($"input[name='ConditionIds'][value='{conditionId}']")).IsChecked);
        var editFields = FormSubmission.FieldsOf((AngleSharp.Html.Dom.IHtmlFormElement)editForm.One("#edit-form"));
        editFields.Remove("ConditionIds");
        editFields["Price"] = "48";
        using (var edited = await client.PostAsync(new Uri($"/admin/treatments/{id}/edit", UriKind.Relative), new FormUrlEncodedContent(editFields)))
        {
            await AdminSession.AssertRedirectAsync(edited);
        }

        Assert.Equal(0, await factory.WithDbAsync(db => db.Treatments.Where(t => t.Id == id).SelectMany(t => t.Conditions).CountAsync()));
        var unlinked = await anonymous.GetDocumentAsync("/conditions/" + SeedData.CervicalMyelopathySlug);
        Assert.DoesNotContain("/treatments/joint-mobilisation", unlinked.QuerySelectorAll("main .treatment-links a").Select(a => a.GetAttribute("href")));
        var prices = (await anonymous.GetDocumentAsync("/treatments")).QuerySelectorAll("main .price").Select(p => p.Text()).ToList();
        Assert.Contains("from £48", prices);
        Assert.DoesNotContain("from £42.50", prices);
    }

    [Fact]
    public async Task SeededPricesAndProfilesAreFlaggedAsPlaceholdersInTheAdmin()
    {
        var client = await factory.SignedInClientAsync(AdminRoles.Editor);

        var treatments = await client.GetDocumentAsync("/admin/treatments");
        var initial = treatments.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("td a")!.Text() == "Initial assessment");
        Assert.Equal("Placeholder price", initial.QuerySelector(".badge")!.Text());
        var free = treatments.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("td a")!.Text() == "Free telephone chat");
        Assert.Null(free.QuerySelector(".badge"));

        var team = await client.GetDocumentAsync("/admin/team");
        Assert.All(team.QuerySelectorAll("tbody tr").Where(r => r.Text().Contains("(placeholder)", StringComparison.Ordinal)),
            r => Assert.Equal("Placeholder", r.QuerySelector(".badge")!.Text()));
    }

    [Fact]
    public async Task ATreatmentWithoutAPriceIsRefusedAndNothingIsStored()
    {
        var client = await factory.SignedInClientAsync(AdminRoles.Editor);
        var before = await factory.WithDbAsync(db => db.Treatments.CountAsync());

        using var refused = await client.SubmitAsync("/admin/treatments/create", "#edit-form", Treatment("No price", "no-price", price: ""));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        Assert.Contains("Enter the price in pounds", page.One(".error-summary").Text(), StringComparison.Ordinal);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Treatments.CountAsync()));

        using var taken = await client.SubmitAsync("/admin/treatments/create", "#edit-form", Treatment("Another assessment", SeedData.InitialAssessmentSlug));
        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        Assert.Contains("already uses this web address", (await Html.ParseAsync(taken)).One(".error-summary").Text(), StringComparison.Ordinal);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Treatments.CountAsync()));
    }

    [Fact]
    public async Task AFreeTreatmentNeedsNoPrice()
    {
        var client = await factory.SignedInClientAsync(AdminRoles.Editor);

        using var saved = await client.SubmitAsync("/admin/treatments/create", "#edit-form", Treatment("Posture check", "", kind: "Free", price: ""));

        await AdminSession.AssertRedirectAsync(saved);
        var stored = await factory.WithDbAsync(db => db.Treatments.SingleAsync(t => t.Name == "Posture check"));
        Assert.Equal("posture-check", stored.Slug);
        Assert.Null(stored.Price);
        Assert.Equal("Free", (await factory.CreateClient().GetDocumentAsync("/treatments/posture-check")).One("main .price").Text());
    }

    [Fact]
    public async Task StaffAddATeamMemberAndNameThemAsAnArticlesReviewer()
    {
        var client = await factory.SignedInClientAsync(AdminRoles.Editor);

        using (var saved = await client.SubmitAsync("/admin/team/create", "#edit-form", new Dictionary<string, string>
               {
                   ["Name"] = "Sam Patel",
                   ["Role"] = "Clinical Lead Physiotherapist",
                   ["RegistrationBody"] = "Hcpc",
                   ["RegistrationNumber"] = "ph 654 321",
                   ["Qualifications"] = "BSc (Hons) Physiotherapy",
                   ["Memberships"] = "Chartered Society of Physiotherapy (CSP)",
                   ["Bio"] = "Sam leads the clinic's spinal service.",
               }))
        {
            await AdminSession.AssertRedirectAsync(saved);
        }

        var sam = await factory.WithDbAsync(db => db.Practitioners.SingleAsync(p => p.Name == "Sam Patel"));
        Assert.Equal("sam-patel", sam.Slug);
        Assert.Equal("PH654321", sam.RegistrationNumber);
        Assert.True(sam.IsPublished);
        Assert.False(sam.IsPlaceholder);

        var conditionId = await ConditionIdAsync();
        // A review is recorded by a linked Clinician's approval (ClinicalApprovalTests); here it is arranged directly.
        await factory.WithDbAsync(async db =>
        {
            var condition = await db.Conditions.SingleAsync(c => c.Id == conditionId);
            condition.ReviewedByPractitionerId = sam.Id;
            condition.LastReviewedOn = new DateOnly(2026, 11, 28);
            await db.SaveChangesAsync();
        });

        var page = await factory.CreateClient().GetDocumentAsync("/conditions/" + SeedData.CervicalMyelopathySlug);
        Assert.Equal("Reviewed by Sam Patel, Clinical Lead Physiotherapist on 28 November 2026", page.One("main .reviewed-by").Text());

        // Deleting the reviewer's profile leaves the article without a named reviewer, in the same save.
        using (var deleted = await client.SubmitAsync($"/admin/team/{sam.Id}/delete", "main form", new Dictionary<string, string>()))
        {
            await AdminSession.AssertRedirectAsync(deleted);
        }

        Assert.Null(await factory.WithDbAsync(db => db.Conditions.Where(c => c.Id == conditionId).Select(c => c.ReviewedByPractitionerId).SingleAsync()));
        var after = await factory.CreateClient().GetDocumentAsync("/conditions/" + SeedData.CervicalMyelopathySlug);
        Assert.Null(after.QuerySelector("main .reviewed-by"));
    }

    [Fact]
    public async Task ARegisteredRoleNeedsAValidRegistrationNumber()
    {
        var client = await factory.SignedInClientAsync(AdminRoles.Editor);
        var before = await factory.WithDbAsync(db => db.Practitioners.CountAsync());
        var values = new Dictionary<string, string> { ["Name"] = "Jo Number", ["Role"] = "Physiotherapist", ["RegistrationBody"] = "Hcpc", ["RegistrationNumber"] = "" };

        using var missing = await client.SubmitAsync("/admin/team/create", "#edit-form", values);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("Enter the registration number", (await Html.ParseAsync(missing)).One(".error-summary").Text(), StringComparison.Ordinal);

        values["RegistrationNumber"] = "PH-12/34";
        using var malformed = await client.SubmitAsync("/admin/team/create", "#edit-form", values);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);

        Assert.Equal(before, await factory.WithDbAsync(db => db.Practitioners.CountAsync()));

        // A role without a regulator (e.g. a sports massage therapist) needs no number.
        values["RegistrationBody"] = "None";
        values["RegistrationNumber"] = "";
        using var unregulated = await client.SubmitAsync("/admin/team/create", "#edit-form", values);
        await AdminSession.AssertRedirectAsync(unregulated);
    }
}
