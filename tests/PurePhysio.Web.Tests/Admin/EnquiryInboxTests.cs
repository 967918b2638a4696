using System.Net;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin;
using PurePhysio.Web.Tests.Enquiries;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Admin;

/// <summary>The enquiry inbox over a real SMTP server: patients send enquiries through the public form, an Admin works through them.</summary>
public sealed class EnquiryInboxTests(EnquiryAppFactory factory) : IClassFixture<EnquiryAppFactory>
{
    private async Task<Enquiry> SendEnquiryAsync(Dictionary<string, string>? values = null)
    {
        var email = EnquiryForm.NewEmail();
        var form = EnquiryForm.Valid(email);
        foreach (var (key, value) in values ?? [])
        {
            form[key] = value;
        }

        using var response = await EnquiryForm.SubmitAsync(factory.CreateBrowser(), form);
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther, $"Enquiry form answered {(int)response.StatusCode}");
        return (await factory.FindEnquiryAsync(email))!;
    }

    private Task<List<AuditEvent>> AuditForAsync(string target) =>
        factory.WithDbAsync(db => db.AuditEvents.Where(e => e.Target.Contains(target)).OrderBy(e => e.Id).ToListAsync());

    [Fact]
    public async Task AdminFindsAnEnquiryByStatusAndSearchAndSeesItsConsentAndMail()
    {
        var enquiry = await SendEnquiryAsync();
        await Eventually.MatchesAsync(() => factory.OutboxFor(enquiry.Email), m => m.All(x => x.Status == OutboxMessageStatus.Sent), "both emails to be sent");
        var admin = await factory.SignedInClientAsync(AdminRoles.Admin);

        var list = await admin.GetDocumentAsync($"/admin/enquiries?status=New&q={Uri.EscapeDataString(enquiry.Email)}");
        var row = Assert.Single(list.QuerySelectorAll("tbody tr"));
        Assert.Equal(enquiry.Reference, row.One("th a").Text());
        var closed = await admin.GetDocumentAsync($"/admin/enquiries?status=Closed&q={Uri.EscapeDataString(enquiry.Email)}");
        Assert.Empty(closed.QuerySelectorAll("tbody tr"));

        var details = await admin.GetDocumentAsync(row.One("th a").GetAttribute("href")!);
        Assert.Equal(enquiry.Message, details.QuerySelectorAll(".message")[0].Text());
        Assert.Contains(enquiry.ConsentVersion, details.One("#consent").Text(), StringComparison.Ordinal);
        Assert.Equal(["Sent", "Sent"], details.QuerySelectorAll("#mail .mail-status").Select(s => s.Text()));
        Assert.Empty(details.QuerySelectorAll("#mail form"));

        var audit = await AuditForAsync($"Enquiry {enquiry.Id} ");
        var viewed = Assert.Single(audit, e => e.Action == "enquiry.viewed");
        Assert.DoesNotContain(enquiry.Message, viewed.Details + viewed.Target, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatusChangesAndNotesAreSavedAndAudited()
    {
        var enquiry = await SendEnquiryAsync();
        var admin = await factory.SignedInClientAsync(AdminRoles.Admin);

        using (var status = await admin.SubmitAsync($"/admin/enquiries/{enquiry.Id}", "#status-form", new Dictionary<string, string> { ["status"] = "Contacted" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, status.StatusCode);
        }

        using (var empty = await admin.SubmitAsync($"/admin/enquiries/{enquiry.Id}", "#note-form", new Dictionary<string, string> { ["Text"] = "" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
            Assert.Equal("Write the note before adding it.", (await Html.ParseAsync(empty)).One("#Text-error").Text());
        }

        const string note = "Phoned back, booked for Tuesday; mentioned the knee swelling.";
        using (var added = await admin.SubmitAsync($"/admin/enquiries/{enquiry.Id}", "#note-form", new Dictionary<string, string> { ["Text"] = note }))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        Assert.Equal(EnquiryStatus.Contacted, (await factory.FindEnquiryAsync(enquiry.Email))!.Status);
        var details = await admin.GetDocumentAsync($"/admin/enquiries/{enquiry.Id}");
        Assert.Equal(note, details.One(".notes .message").Text());
        Assert.Equal("Contacted", details.One("#enquiry-status option[selected]").Text());
        var audit = await AuditForAsync($"Enquiry {enquiry.Id} ");
        Assert.Contains(audit, e => e.Action == "enquiry.updated" && e.Details == "Status New -> Contacted");
        Assert.Contains(audit, e => e.Action == "enquiry.updated" && e.Details == "Note added");
        Assert.DoesNotContain(audit, e => e.Details.Contains("knee", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task FailedMailCanBeRetriedNowFromTheInbox()
    {
        Enquiry enquiry;
        factory.Smtp.RejectWithCode = 554;
        try
        {
            enquiry = await SendEnquiryAsync();
            await Eventually.MatchesAsync(() => factory.OutboxFor(enquiry.Email),
                m => m.Count == 2 && m.All(x => x.Status == OutboxMessageStatus.Failed), "both emails to fail");
        }
        finally
        {
            factory.Smtp.RejectWithCode = null;
        }

        var admin = await factory.SignedInClientAsync(AdminRoles.Admin);
        var list = await admin.GetDocumentAsync($"/admin/enquiries?q={Uri.EscapeDataString(enquiry.Email)}");
        Assert.Equal("Email failed", list.One("tbody tr .mail-failed").Text());
        var details = await admin.GetDocumentAsync($"/admin/enquiries/{enquiry.Id}");
        Assert.Equal(["Failed", "Failed"], details.QuerySelectorAll("#mail .mail-status").Select(s => s.Text()));
        Assert.Contains("SMTP 554", details.One("#mail").Text(), StringComparison.Ordinal);

        var staffMail = (await factory.OutboxFor(enquiry.Email)).Single(m => m.Kind == OutboxMessageKind.StaffNotification);
        using (var retried = await admin.SubmitAsync($"/admin/enquiries/{enquiry.Id}", $"#mail tr[data-mail-id='{staffMail.Id}'] form", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        }

        await Eventually.MatchesAsync(() => factory.Smtp.Received.Where(m => m.MessageId == staffMail.MessageId).ToList(), r => r.Count == 1, "the retried staff email");
        var after = await Eventually.MatchesAsync(() => factory.OutboxFor(enquiry.Email),
            m => m.Single(x => x.Id == staffMail.Id).Status == OutboxMessageStatus.Sent, "the retried message to be marked sent");
        Assert.Equal(OutboxMessageStatus.Failed, after.Single(x => x.Id != staffMail.Id).Status);
        Assert.Contains(await AuditForAsync($"Enquiry {enquiry.Id}"), e => e.Action == "enquiry.mail-retried");
    }

    [Fact]
    public async Task CsvExportDisarmsSpreadsheetFormulasAndIsAudited()
    {
        var enquiry = await SendEnquiryAsync(new Dictionary<string, string>
        {
            ["Reason"] = "=HYPERLINK(\"https://evil.example\",\"x\")",
            ["Message"] = "+44 cmd|' /C calc'!A0 and \"quotes\", commas\nand a second line",
            ["PreferredTimes"] = "@SUM(1+1)",
        });
        var admin = await factory.SignedInClientAsync(AdminRoles.Admin);

        using var response = await admin.SubmitAsync($"/admin/enquiries?q={Uri.EscapeDataString(enquiry.Email)}", "#export-form", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var rows = ParseCsv((await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF'));
        Assert.Equal(2, rows.Count);
        var header = rows[0];
        var row = rows[1];
        string Cell(string name) => row[header.IndexOf(name)];
        Assert.Equal(enquiry.Reference, Cell("Reference"));
        Assert.Equal("'=HYPERLINK(\"https://evil.example\",\"x\")", Cell("Reason"));
        Assert.Equal("'+44 cmd|' /C calc'!A0 and \"quotes\", commas\nand a second line", Cell("Message").Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal("'@SUM(1+1)", Cell("Preferred times"));
        Assert.Equal(enquiry.ConsentVersion, Cell("Consent version"));

        var exported = Assert.Single(await factory.WithDbAsync(db => db.AuditEvents.Where(e => e.Action == "enquiry.exported").ToListAsync()),
            e => e.Target == "1 enquiries");
        Assert.DoesNotContain(enquiry.Email, exported.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeletingAnEnquiryRemovesItsMailAndIsAudited()
    {
        var enquiry = await SendEnquiryAsync();
        var admin = await factory.SignedInClientAsync(AdminRoles.Admin);

        using var deleted = await admin.SubmitAsync($"/admin/enquiries/{enquiry.Id}/delete", "main form", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Null(await factory.FindEnquiryAsync(enquiry.Email));
        Assert.Empty(await factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.EnquiryId == enquiry.Id).ToListAsync()));
        Assert.Contains(await AuditForAsync($"Enquiry {enquiry.Id} ({enquiry.Reference})"), e => e.Action == "enquiry.deleted");
    }

    [Fact]
    public async Task EditorsCannotOpenTheInbox()
    {
        var enquiry = await SendEnquiryAsync();
        var editor = await factory.SignedInClientAsync(AdminRoles.Editor);

        using var list = await editor.GetAsync(new Uri("/admin/enquiries", UriKind.Relative));
        using var details = await editor.GetAsync(new Uri($"/admin/enquiries/{enquiry.Id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, details.StatusCode);
        Assert.DoesNotContain(enquiry.Message, await details.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffNotificationAddressesFromClinicSettingsReceiveNewEnquiries()
    {
        var admin = await factory.SignedInClientAsync(AdminRoles.Admin);
        using (var saved = await admin.SubmitAsync("/admin/settings", "#settings-form",
                   new Dictionary<string, string> { ["StaffNotificationAddresses"] = "physio.one@clinic.test, physio.two@clinic.test" }))
        {
            await AdminSession.AssertRedirectAsync(saved);
        }

        try
        {
            var enquiry = await SendEnquiryAsync();
            var staff = (await factory.OutboxFor(enquiry.Email)).Single(m => m.Kind == OutboxMessageKind.StaffNotification);
            Assert.Equal("physio.one@clinic.test, physio.two@clinic.test", staff.To);
        }
        finally
        {
            using var reset = await admin.SubmitAsync("/admin/settings", "#settings-form", new Dictionary<string, string> { ["StaffNotificationAddresses"] = "" });
        }
    }

    /// <summary>RFC 4180 reader: quoted cells, doubled quotes, line breaks inside quotes.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n')
            {
                row.Add(cell.ToString().TrimEnd('\r'));
                cell.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                cell.Append(c);
            }
        }

        return rows;
    }
}

/// <summary>The retention purge, run by its background service on a short interval.</summary>
public sealed class EnquiryRetentionTests
{
    private sealed class RetentionAppFactory : ClinicAppFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Enquiries:RetentionMonths"] = "12",
            ["Enquiries:RetentionSweepInterval"] = "00:00:00.200",
        };
    }

    private static Enquiry Enquiry(string email, DateTimeOffset createdAt) => new()
    {
        Reference = "PP-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant(),
        Name = "Old Patient",
        Email = email,
        Message = "My back hurts.",
        ConsentVersion = "test",
        ConsentGivenAt = createdAt,
        CreatedAt = createdAt,
        OutboxMessages =
        [
            new OutboxMessage { To = "staff@clinic.test", Subject = "s", TextBody = "b", MessageId = Guid.NewGuid() + "@test", CreatedAt = createdAt, NextAttemptAt = createdAt },
        ],
    };

    [Fact]
    public async Task EnquiriesOlderThanTheRetentionPeriodArePurgedWithTheirMailAndThePurgeIsAudited()
    {
        using var factory = new RetentionAppFactory();
        var now = DateTimeOffset.UtcNow;
        var (oldId, recentId) = await factory.WithDbAsync(async db =>
        {
            var old = Enquiry("old@example.com", now.AddMonths(-13));
            var recent = Enquiry("recent@example.com", now.AddMonths(-11));
            db.Enquiries.AddRange(old, recent);
            await db.SaveChangesAsync();
            db.EnquiryNotes.Add(new EnquiryNote { EnquiryId = old.Id, Text = "note", CreatedAt = now });
            await db.SaveChangesAsync();
            return (old.Id, recent.Id);
        });

        await Eventually.MatchesAsync(() => factory.WithDbAsync(db => db.Enquiries.AnyAsync(e => e.Id == oldId)), exists => !exists, "the old enquiry to be purged");

        Assert.True(await factory.WithDbAsync(db => db.Enquiries.AnyAsync(e => e.Id == recentId)));
        Assert.False(await factory.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.EnquiryId == oldId)));
        Assert.False(await factory.WithDbAsync(db => db.EnquiryNotes.AnyAsync(n => n.EnquiryId == oldId)));
        var purge = await Eventually.MatchesAsync(() => factory.WithDbAsync(db => db.AuditEvents.Where(e => e.Action == "enquiry.purged").ToListAsync()),
            events => events.Count == 1, "the purge audit entry");
        Assert.Equal("1 enquiries", purge[0].Target);
        Assert.Equal("retention policy", purge[0].UserEmail);
    }
}
