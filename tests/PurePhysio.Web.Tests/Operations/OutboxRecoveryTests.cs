using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Tests.Enquiries;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Operations;

/// <summary>Delivery resumes quickly after a crash or a deploy (issue 15).</summary>
public sealed class OutboxRecoveryTests
{
    private static readonly TimeSpan Promise = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task AfterAKillMidDeliveryTheRestartedSiteSendsTheAbandonedMailWithin30Seconds()
    {
        var dataPath = ClinicAppFactory.NewDataPath();
        await using var smtp = await TestSmtpServer.StartAsync();
        var emails = new[] { EnquiryForm.NewEmail(), EnquiryForm.NewEmail(), EnquiryForm.NewEmail() };

        await using (var first = await StartAsync(dataPath, smtp, deleteData: false))
        {
            foreach (var email in emails)
            {
                using var response = await EnquiryForm.SubmitAsync(first.CreateBrowser(), EnquiryForm.Valid(email));
            }

            await Eventually.MatchesAsync(() => smtp.Received.Count, n => n == 6, "the six mails sent once");
        }

        // What kill -9 mid-batch leaves behind: every message claimed by a process that no longer exists, its lease
        // as that process last renewed it (now + LeaseDuration, the shipped default). The SMTP server has seen none.
        var defaultLease = new PurePhysio.Web.Email.OutboxDeliveryOptions().LeaseDuration;
        await AbandonAllAsClaimedAsync(dataPath, "killed-host:4242:abc", DateTimeOffset.UtcNow + defaultLease);
        var before = smtp.Received.Count;

        var restart = Stopwatch.StartNew();
        await using var restarted = await StartAsync(dataPath, smtp, deleteData: true);
        await Eventually.MatchesAsync(() => smtp.Received.Count - before, n => n == 6, "the abandoned mail sent again", Promise + TimeSpan.FromSeconds(5));

        Assert.True(restart.Elapsed < Promise, $"delivery resumed after {restart.Elapsed.TotalSeconds:0.0} s");

        // The outbox records a message as sent just after the SMTP server accepts it, so the last record may still be
        // a moment behind the server; it must follow within a few seconds and never stay claimed.
        await Eventually.MatchesAsync(
            () => restarted.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Status != OutboxMessageStatus.Sent)),
            n => n == 0, "every message recorded as sent", TimeSpan.FromSeconds(5));
        Assert.All(await restarted.WithDbAsync(db => db.OutboxMessages.AsNoTracking().ToListAsync()),
            m => Assert.Equal(OutboxMessageStatus.Sent, m.Status));
    }

    [Fact]
    public async Task AGracefulStopHandsBackEveryClaimAndTheNextStartSendsThemAtOnce()
    {
        var dataPath = ClinicAppFactory.NewDataPath();
        await using var smtp = await TestSmtpServer.StartAsync();
        // A slow mail server: the batch is still being worked through when the deploy stops the site.
        smtp.AnswerDelay = TimeSpan.FromSeconds(3);

        await using (var first = await StartAsync(dataPath, smtp, deleteData: false))
        {
            for (var i = 0; i < 6; i++)
            {
                using var response = await EnquiryForm.SubmitAsync(first.CreateBrowser(), EnquiryForm.Valid(EnquiryForm.NewEmail()));
            }

            // Claimed as one batch (or more), sending under way.
            await Eventually.MatchesAsync(
                () => first.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Status == OutboxMessageStatus.Sending)),
                n => n >= 6, "a batch of claimed messages");
        }

        // Disposing the host is a graceful stop (SIGTERM): nothing may be left claimed.
        var left = await ReadStatusesAsync(dataPath);
        Assert.DoesNotContain(left, m => m.Status == OutboxMessageStatus.Sending || m.LeaseOwner is not null);
        Assert.Contains(left, m => m.Status == OutboxMessageStatus.Pending);

        smtp.AnswerDelay = TimeSpan.Zero;
        await using var restarted = await StartAsync(dataPath, smtp, deleteData: true);
        await Eventually.MatchesAsync(
            () => restarted.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Status != OutboxMessageStatus.Sent)),
            n => n == 0, "every message sent after the restart", Promise);

        // At-least-once: only the message in flight at the stop may have reached the server twice (same Message-Id).
        var duplicates = smtp.Received.GroupBy(m => m.MessageId).Count(g => g.Count() > 1);
        Assert.InRange(duplicates, 0, 1);
        Assert.Equal(12, smtp.Received.Select(m => m.MessageId).Distinct().Count());
    }

    private static async Task<SharedDataApp> StartAsync(string dataPath, TestSmtpServer smtp, bool deleteData)
    {
        var app = new SharedDataApp(smtp) { DataPath = dataPath, DeleteDataOnDispose = deleteData };
        // Started on a worker thread: host start-up blocks.
        await Task.Run(() => app.Server);
        return app;
    }

    private static async Task AbandonAllAsClaimedAsync(string dataPath, string owner, DateTimeOffset leaseUntil)
    {
        SqliteConnection.ClearAllPools();
        await using var db = SharedDataApp.OpenDb(dataPath);
        await db.OutboxMessages.ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, OutboxMessageStatus.Sending)
            .SetProperty(m => m.LeaseOwner, owner)
            .SetProperty(m => m.LeaseUntil, leaseUntil)
            .SetProperty(m => m.SentAt, (DateTimeOffset?)null));
    }

    private static async Task<List<OutboxMessage>> ReadStatusesAsync(string dataPath)
    {
        SqliteConnection.ClearAllPools();
        await using var db = SharedDataApp.OpenDb(dataPath);
        return await db.OutboxMessages.AsNoTracking().ToListAsync();
    }

    /// <summary>One instance of the site with production delivery timings, on a given data folder and SMTP server.</summary>
    private sealed class SharedDataApp(TestSmtpServer smtp) : ClinicAppFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Mail:Host"] = "127.0.0.1",
            ["Mail:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mail:SecureSocketOptions"] = "None",
            ["Mail:StaffRecipients:0"] = EnquiryAppFactory.StaffAddress,
            ["Enquiries:MinimumFillSeconds"] = "0",
            ["Enquiries:RateLimit:PermitLimit"] = "1000",
        };

        public HttpClient CreateBrowser() => CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        public static PurePhysio.Web.Data.SqliteClinicDbContext OpenDb(string dataPath) =>
            new PurePhysio.Web.Data.SqliteClinicDbContext(new DbContextOptionsBuilder<PurePhysio.Web.Data.SqliteClinicDbContext>()
                .UseSqlite($"Data Source={Path.Combine(dataPath, "purephysio.db")}").Options);
    }
}
