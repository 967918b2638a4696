using System.Net;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Enquiries;

public sealed class EnquiryConcurrencyTests : IAsyncLifetime, IDisposable
{
    private const int Submissions = 50;

    private readonly EnquiryAppFactory _first = new();
    private EnquiryAppFactory _second = null!;

    public async Task InitializeAsync()
    {
        await _first.InitializeAsync();
        _ = _first.Services; // Create the database before the second instance opens it.
        // A second app instance on the same SQLite file, with its own delivery worker, sending to the same SMTP server.
        _second = new SecondInstanceFactory(_first);
        await _second.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)_second).DisposeAsync();
        await ((IAsyncLifetime)_first).DisposeAsync();
    }

    public void Dispose()
    {
        // Already disposed by DisposeAsync (which also stops the SMTP servers); repeated disposal is a no-op.
        _second.Dispose();
        _first.Dispose();
    }

    [Fact]
    public async Task FiftyConcurrentEnquiriesToTwoInstancesAreStoredAndEachMailIsSentExactlyOnce()
    {
        var emails = Enumerable.Range(0, Submissions).Select(_ => EnquiryForm.NewEmail()).ToList();

        var statuses = await Task.WhenAll(emails.Select(async (email, i) =>
        {
            var app = i % 2 == 0 ? _first : _second;
            using var response = await EnquiryForm.SubmitAsync(app.CreateBrowser(), EnquiryForm.Valid(email));
            return response.StatusCode;
        }));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.SeeOther, s));
        Assert.Equal(Submissions, await _first.WithDbAsync(db => db.Enquiries.CountAsync()));

        var outbox = await Eventually.MatchesAsync(
            () => _first.WithDbAsync(db => db.OutboxMessages.AsNoTracking().ToListAsync()),
            messages => messages.Count == 2 * Submissions && messages.All(m => m.Status == OutboxMessageStatus.Sent),
            "every message to be sent", TimeSpan.FromSeconds(60));
        Assert.All(outbox, m => Assert.Equal(1, m.Attempts));

        // Both workers took part ...
        static int SentBy(EnquiryAppFactory app) =>
            app.Logs.Events.Count(e => e.MessageTemplate.Text.Contains("sent on attempt", StringComparison.Ordinal));
        Assert.True(SentBy(_first) > 0 && SentBy(_second) > 0, $"sent by first {SentBy(_first)}, by second {SentBy(_second)}");
        Assert.Equal(2 * Submissions, SentBy(_first) + SentBy(_second));

        // ... and, sharing one SMTP server, each stored message arrived exactly once.
        var received = _first.Smtp.Received;
        Assert.Equal(2 * Submissions, received.Count);
        Assert.Equal(outbox.Select(m => m.MessageId).Order(), received.Select(m => m.MessageId).Order());
        foreach (var email in emails)
        {
            Assert.Single(received, m => m.To.Mailboxes.Any(a => a.Address == email));
            Assert.Single(received, m => m.ReplyTo.Mailboxes.Any(a => a.Address == email));
        }
    }

    private sealed class SecondInstanceFactory(EnquiryAppFactory first) : EnquiryAppFactory
    {
        protected override IDictionary<string, string?> Overrides => new Dictionary<string, string?>
        {
            ["Storage:DataPath"] = first.DataPath,
            ["Mail:Port"] = first.Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
