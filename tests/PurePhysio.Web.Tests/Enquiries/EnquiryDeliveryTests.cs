using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Email;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Enquiries;

public sealed class EnquiryDeliveryTests(EnquiryAppFactory factory) : IClassFixture<EnquiryAppFactory>
{
    [Fact]
    public async Task StaffAndPatientReceiveTheRightMessages()
    {
        var email = EnquiryForm.NewEmail();
        var values = EnquiryForm.Valid(email);

        await SubmitAsync(values);
        var received = await ReceivedForAsync(email, count: 2);

        // The server has the mail a moment before the worker records it as sent.
        var stored = await Eventually.MatchesAsync(() => factory.OutboxFor(email),
            messages => messages.All(m => m.Status == OutboxMessageStatus.Sent), "both messages to be marked sent");
        var enquiry = (await factory.FindEnquiryAsync(email))!;
        var staff = received.Single(m => m.To.Mailboxes.Any(a => a.Address == EnquiryAppFactory.StaffAddress));
        Assert.Equal(email, staff.ReplyTo.Mailboxes.Single().Address);
        Assert.Equal("Alex Example", staff.ReplyTo.Mailboxes.Single().Name);
        Assert.Contains(enquiry.Reference, staff.Subject, StringComparison.Ordinal);
        Assert.Contains(values["Message"], staff.TextBody, StringComparison.Ordinal);
        Assert.Contains(values["Reason"], staff.TextBody, StringComparison.Ordinal);
        Assert.Contains(values["Phone"], staff.TextBody, StringComparison.Ordinal);
        Assert.Equal(stored.Single(m => m.Kind == OutboxMessageKind.StaffNotification).MessageId, staff.MessageId);

        var ack = received.Single(m => m.To.Mailboxes.Any(a => a.Address == email));
        Assert.Contains(enquiry.Reference, ack.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(values["Message"], ack.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(values["Reason"], ack.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(values["Reason"], ack.Subject, StringComparison.Ordinal);
        Assert.Empty(ack.ReplyTo);
        Assert.Equal(stored.Single(m => m.Kind == OutboxMessageKind.PatientAcknowledgement).MessageId, ack.MessageId);

        Assert.All(stored, m =>
        {
            Assert.Equal(OutboxMessageStatus.Sent, m.Status);
            Assert.Equal(1, m.Attempts);
            Assert.NotNull(m.SentAt);
            Assert.Null(m.LeaseOwner);
        });
    }

    [Fact]
    public async Task EnquiryIsStoredEvenWhenSmtpIsDownAndDeliveredWhenItComesBack()
    {
        var email = EnquiryForm.NewEmail();
        await factory.Smtp.StopAsync();
        try
        {
            await SubmitAsync(EnquiryForm.Valid(email));

            Assert.NotNull(await factory.FindEnquiryAsync(email));
            var waiting = await Eventually.MatchesAsync(() => factory.OutboxFor(email),
                messages => messages.Count == 2 && messages.All(m => m.Attempts >= 2 && m.Status == OutboxMessageStatus.Pending),
                "failed attempts to be recorded while the SMTP server is down");
            Assert.All(waiting, m => Assert.Contains("ConnectionRefused", m.LastError, StringComparison.Ordinal));
            Assert.DoesNotContain(factory.Smtp.Received, m => m.To.Mailboxes.Concat(m.ReplyTo.Mailboxes).Any(a => a.Address == email));
        }
        finally
        {
            await factory.Smtp.StartAgainAsync();
        }

        var received = await ReceivedForAsync(email, count: 2);
        var stored = await Eventually.MatchesAsync(() => factory.OutboxFor(email),
            messages => messages.All(m => m.Status == OutboxMessageStatus.Sent), "the messages to be marked sent");
        // The Message-Id was fixed when the enquiry was stored, not at the attempt that got through.
        Assert.Equal(stored.Select(m => m.MessageId).Order(), received.Select(m => m.MessageId).Order());
        Assert.All(stored, m => Assert.Null(m.LastError));
    }

    [Fact]
    public async Task PermanentRejectionEndsAsFailedWithItsReasonAndStaffCanRetryIt()
    {
        var email = EnquiryForm.NewEmail();
        factory.Smtp.RejectWithCode = 554;
        List<OutboxMessage> failed;
        try
        {
            await SubmitAsync(EnquiryForm.Valid(email));
            failed = await Eventually.MatchesAsync(() => factory.OutboxFor(email),
                messages => messages.Count == 2 && messages.All(m => m.Status == OutboxMessageStatus.Failed),
                "both messages to fail permanently");
        }
        finally
        {
            factory.Smtp.RejectWithCode = null;
        }

        Assert.All(failed, m =>
        {
            Assert.Equal(1, m.Attempts);
            Assert.StartsWith("SMTP 554", m.LastError, StringComparison.Ordinal);
            Assert.Contains("Rejected by the test server", m.LastError, StringComparison.Ordinal);
        });

        // No automatic retry of a permanent failure: the worker has delivered a later enquiry since, and left these alone.
        var later = EnquiryForm.NewEmail();
        await SubmitAsync(EnquiryForm.Valid(later));
        await ReceivedForAsync(later, count: 2);
        Assert.All(await factory.OutboxFor(email), m => Assert.Equal((OutboxMessageStatus.Failed, 1), (m.Status, m.Attempts)));

        // ... until staff ask for one (the admin inbox's "retry now").
        var staffMail = failed.Single(m => m.Kind == OutboxMessageKind.StaffNotification);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<OutboxRetry>().RetryNowAsync(staffMail.Id, CancellationToken.None));
        }

        var received = await ReceivedForAsync(email, count: 1);
        Assert.Equal(staffMail.MessageId, received.Single().MessageId);
        var after = await Eventually.MatchesAsync(() => factory.OutboxFor(email),
            messages => messages.Single(m => m.Id == staffMail.Id).Status == OutboxMessageStatus.Sent, "the retried message to be sent");
        Assert.Equal(2, after.Single(m => m.Id == staffMail.Id).Attempts);
        Assert.Equal(OutboxMessageStatus.Failed, after.Single(m => m.Id != staffMail.Id).Status);
    }

    [Fact]
    public async Task TemporaryRejectionIsRetriedWithBackoff()
    {
        var email = EnquiryForm.NewEmail();
        factory.Smtp.RejectWithCode = 451;
        try
        {
            await SubmitAsync(EnquiryForm.Valid(email));
            var waiting = await Eventually.MatchesAsync(() => factory.OutboxFor(email),
                messages => messages.Count == 2 && messages.All(m => m.Attempts >= 2),
                "repeated attempts after a 451");
            Assert.All(waiting, m =>
            {
                Assert.NotEqual(OutboxMessageStatus.Failed, m.Status);
                Assert.StartsWith("SMTP 451", m.LastError, StringComparison.Ordinal);
                Assert.True(m.NextAttemptAt > m.LastAttemptAt);
            });
        }
        finally
        {
            factory.Smtp.RejectWithCode = null;
        }

        await ReceivedForAsync(email, count: 2);
    }

    [Fact]
    public async Task NoLogEventContainsTheEnquiryContent()
    {
        var email = EnquiryForm.NewEmail();
        var values = EnquiryForm.Valid(email);
        values["Name"] = "Zebedee Quillfeather";
        values["Phone"] = "01632 960 777";
        values["Reason"] = "Frozen shoulder";

        await SubmitAsync(values);
        await ReceivedForAsync(email, count: 2);
        // And an invalid post, re-rendered with the data.
        values["Email"] = "broken@";
        using var invalid = await EnquiryForm.SubmitAsync(factory.CreateBrowser(), values);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);

        var events = factory.Logs.Events.Select(TestLogSink.Render).ToList();
        Assert.Contains(events, e => e.Contains("Enquiry", StringComparison.Ordinal) && e.Contains("stored", StringComparison.Ordinal));
        foreach (var secret in new[] { values["Message"], "Zebedee", "Quillfeather", email, "broken@", "960 777", "Frozen shoulder" })
        {
            Assert.DoesNotContain(events, e => e.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task MessageLeftMidSendByAStoppedWorkerIsTakenOverWhenItsLeaseRunsOut()
    {
        var email = EnquiryForm.NewEmail();
        var alive = EnquiryForm.NewEmail();
        // As if another instance claimed the messages and died (expired lease), or is still sending them (live lease).
        await StoreClaimedEnquiryAsync(email, leaseUntil: DateTimeOffset.UtcNow.AddMinutes(-1));
        await StoreClaimedEnquiryAsync(alive, leaseUntil: DateTimeOffset.UtcNow.AddHours(1));
        factory.Services.GetRequiredService<OutboxSignal>().Notify();

        await ReceivedForAsync(email, count: 2);
        var taken = await Eventually.MatchesAsync(() => factory.OutboxFor(email),
            messages => messages.All(m => m.Status == OutboxMessageStatus.Sent), "the abandoned messages to be sent");
        Assert.All(taken, m => Assert.Null(m.LeaseOwner));

        // A later enquiry has gone through since; the live lease was respected.
        var later = EnquiryForm.NewEmail();
        await SubmitAsync(EnquiryForm.Valid(later));
        await ReceivedForAsync(later, count: 2);
        Assert.All(await factory.OutboxFor(alive), m => Assert.Equal(OutboxMessageStatus.Sending, m.Status));
        Assert.DoesNotContain(factory.Smtp.Received, m => m.To.Mailboxes.Concat(m.ReplyTo.Mailboxes).Any(a => a.Address == alive));
    }

    private async Task StoreClaimedEnquiryAsync(string email, DateTimeOffset leaseUntil)
    {
        var now = DateTimeOffset.UtcNow;
        var enquiry = new Enquiry
        {
            Reference = PurePhysio.Web.Features.Enquiries.EnquiryReference.New(),
            Name = "Sam Example",
            Email = email,
            Message = "Stored directly by the test",
            ConsentVersion = PurePhysio.Web.Features.Enquiries.EnquiryConsent.Version,
            ConsentGivenAt = now,
            CreatedAt = now,
        };
        var mail = new MailOptions { StaffRecipients = [EnquiryAppFactory.StaffAddress] };
        enquiry.OutboxMessages.Add(PurePhysio.Web.Features.Enquiries.EnquiryMail.StaffNotification(enquiry, mail, now, TimeZoneInfo.Utc));
        enquiry.OutboxMessages.Add(PurePhysio.Web.Features.Enquiries.EnquiryMail.PatientAcknowledgement(enquiry, mail, now));
        foreach (var message in enquiry.OutboxMessages)
        {
            message.Status = OutboxMessageStatus.Sending;
            message.LeaseOwner = "another-instance:dead";
            message.LeaseUntil = leaseUntil;
        }

        await factory.WithDbAsync(async db =>
        {
            db.Enquiries.Add(enquiry);
            await db.SaveChangesAsync();
        });
    }

    private async Task SubmitAsync(Dictionary<string, string> values)
    {
        using var response = await EnquiryForm.SubmitAsync(factory.CreateBrowser(), values);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
    }

    private async Task<List<MimeMessage>> ReceivedForAsync(string email, int count) =>
        await Eventually.MatchesAsync(
            () => factory.Smtp.Received.Where(m => m.To.Mailboxes.Concat(m.ReplyTo.Mailboxes).Any(a => a.Address == email)).ToList(),
            messages => messages.Count >= count,
            $"{count} message(s) about {email} at the SMTP server");
}
