using System.Collections.Concurrent;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PurePhysio.Web.Data.Backup;
using PurePhysio.Web.Tests.Enquiries;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Operations;

/// <summary>A backup taken while patients are sending enquiries restores with every enquiry they were given a reference for.</summary>
public sealed class BackupTests(EnquiryAppFactory factory) : IClassFixture<EnquiryAppFactory>
{
    [Fact]
    public async Task ABackupTakenDuringWritesRestoresEveryEnquiryAnsweredBeforeIt()
    {
        // A file the site keeps besides the database (the pickup mail folder; media later).
        var mailFolder = Path.Combine(factory.DataPath, "mail");
        Directory.CreateDirectory(mailFolder);
        await File.WriteAllTextAsync(Path.Combine(mailFolder, "kept.eml"), "Subject: kept\r\n\r\nkept");

        var answered = new ConcurrentQueue<(string Reference, DateTimeOffset At)>();
        using var stop = new CancellationTokenSource();
        async Task PatientAsync()
        {
            var client = factory.CreateBrowser();
            while (!stop.IsCancellationRequested)
            {
                using var response = await EnquiryForm.SubmitAsync(client, EnquiryForm.Valid(EnquiryForm.NewEmail()));
                Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
                answered.Enqueue((response.Headers.Location!.ToString()[^9..].ToUpperInvariant(), DateTimeOffset.UtcNow));
            }
        }

        var patients = Enumerable.Range(0, 3).Select(_ => Task.Run(PatientAsync)).ToList();
        await Eventually.MatchesAsync(() => answered.Count, n => n >= 10, "enquiries being written");

        // The command, as `dotnet PurePhysio.Web.dll backup --to <folder>` runs it, while the writes go on.
        var backupRoot = Path.Combine(Path.GetTempPath(), "purephysio-tests", "backups-" + Guid.NewGuid().ToString("N"));
        var startedAt = DateTimeOffset.UtcNow;
        using var output = new StringWriter();
        var exitCode = await BackupCommand.RunAsync(factory.Services, ["backup", "--to", backupRoot], output, TextWriter.Null);
        await Eventually.MatchesAsync(() => answered.Count(a => a.At > startedAt), n => n >= 3, "writes after the backup");
        await stop.CancelAsync();
        await Task.WhenAll(patients);

        Assert.Equal(0, exitCode);
        var folder = Assert.Single(Directory.GetDirectories(backupRoot));
        Assert.Contains(folder, output.ToString(), StringComparison.Ordinal);
        var answeredBefore = answered.Where(a => a.At < startedAt).Select(a => a.Reference).ToList();
        Assert.NotEmpty(answeredBefore);

        // Restore as docs/operations.md says: the backup's files become the data folder of a fresh site.
        using var restored = new ClinicAppFactory();
        CopyTree(folder, restored.DataPath);
        var references = await restored.WithDbAsync(db => db.Enquiries.Select(e => e.Reference).ToListAsync());
        Assert.Empty(answeredBefore.Except(references));
        Assert.True(File.Exists(Path.Combine(restored.DataPath, "mail", "kept.eml")));
        var mail = await restored.WithDbAsync(db => db.OutboxMessages.CountAsync());
        Assert.Equal(references.Count * 2, mail);
        using var home = await restored.CreateClient().GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Directory.Delete(backupRoot, recursive: true);
    }

    [Fact]
    public async Task TheDailyBackupKeepsTheNewestAndRunsOncePerDay()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var backup = scope.ServiceProvider.GetRequiredService<DatabaseBackup>();
        var root = backup.BackupRoot;
        // Old backups from earlier days.
        foreach (var day in new[] { "20260101", "20260102", "20260103" })
        {
            Directory.CreateDirectory(Path.Combine(root, $"{DatabaseBackup.FolderPrefix}{day}-030000-000"));
        }

        var daily = new DailyBackupService(factory.Services.GetRequiredService<IServiceScopeFactory>(),
            Microsoft.Extensions.Options.Options.Create(new BackupOptions { Daily = true, Keep = 2 }), TimeProvider.System,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<DailyBackupService>.Instance);

        await daily.BackUpIfDueAsync(CancellationToken.None);
        await daily.BackUpIfDueAsync(CancellationToken.None);

        var kept = backup.List().Select(d => d.Name).ToList();
        Assert.Equal(2, kept.Count);
        Assert.Equal($"{DatabaseBackup.FolderPrefix}20260103-030000-000", kept[1]);
        Assert.True(File.Exists(Path.Combine(root, kept[0], DatabaseBackup.DatabaseFileName)));
    }

    private static void CopyTree(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
        }

        foreach (var directory in Directory.GetDirectories(source))
        {
            CopyTree(directory, Path.Combine(target, Path.GetFileName(directory)));
        }
    }
}
