using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Data;

/// <summary>
/// The clinic's starting content. Each step runs once per database (recorded in
/// <see cref="ClinicDbContext.AppliedSeeds"/>), so staff edits and deletions are never undone.
/// </summary>
internal static partial class SeedData
{
    public const string CervicalMyelopathySlug = "cervical-myelopathy";
    public const string CervicalMyelopathyTitle = "Cervical Myelopathy";
    public const string BmjResourceUrl = "https://www.bmj.com/content/360/bmj.k186";
    public const string ClinicName = "Pure Physiotherapy";
    public const string ClinicTimeZoneId = "Europe/London";
    public const string ClinicPhone = "01632 960 123";

    public static readonly IReadOnlyList<string> CervicalMyelopathySymptoms =
    [
        "Pain in the neck, and/or upper and/or lower limbs.",
        "Numbness/altered sensation/weakness in the limbs.",
        "Reduced coordination/dexterity (clumsiness).",
        "Poor balance/dizziness/falls.",
        "Headaches.",
        "Altered gait (walking) pattern.",
        "Altered bladder/bowel function.",
    ];

    /// <summary>Slugs of the pages linked in the footer, in footer order.</summary>
    public static readonly IReadOnlyList<string> FooterPageSlugs =
        ["terms-and-conditions", "privacy-policy", "patient-resources", "professionals"];

    public const string HomePageSlug = "home";

    private sealed record SeedStep(string Name, Func<ClinicDbContext, DateTimeOffset, Task> Apply);

    private static readonly SeedStep[] Steps =
    [
        new("2026-11-clinic-settings", (db, _) => { db.ClinicSettings.Add(Settings()); return Task.CompletedTask; }),
        new("2026-11-opening-hours", (db, _) => { db.OpeningHours.AddRange(WeeklyHours()); return Task.CompletedTask; }),
        new("2026-11-testimonials", (db, _) => { db.Testimonials.AddRange(Testimonials()); return Task.CompletedTask; }),
        new("2026-11-conditions", (db, now) => { db.Conditions.AddRange(Conditions(now)); return Task.CompletedTask; }),
        new("2026-11-pages", (db, now) => { db.StaticPages.AddRange(Pages(now)); return Task.CompletedTask; }),
        new("2026-12-condition-alternative-names", (db, _) => AddConditionAlternativeNamesAsync(db)),
        new("2026-12-search-synonyms", (db, _) => { AddSearchSynonyms(db); return Task.CompletedTask; }),
        new("2026-12-treatments", (db, now) => { db.Treatments.AddRange(Treatments(now)); return Task.CompletedTask; }),
        new("2026-12-practitioners", (db, now) => { db.Practitioners.AddRange(Practitioners(now)); return Task.CompletedTask; }),
        new("2026-12-link-team-and-treatments", LinkTeamAndTreatmentsAsync),
        new("2026-12-visit-details", (db, _) => VisitDetailsAsync(db)),
        new("2026-12-opening-periods", (db, _) => CopyWeeklyHoursToPeriodsAsync(db)),
    ];

    public static async Task ApplyAsync(ClinicDbContext db, TimeProvider time, CancellationToken cancellationToken = default)
    {
        var applied = await db.AppliedSeeds.Select(s => s.Name).ToListAsync(cancellationToken);
        foreach (var step in Steps.Where(s => !applied.Contains(s.Name)))
        {
            // Through the execution strategy: SQL Server's retry-on-failure only accepts a user
            // transaction that it can replay as a whole.
            var strategy = db.Database.CreateExecutionStrategy();
            await strategy.ExecuteAsync(async ct =>
            {
                db.ChangeTracker.Clear();
                var now = time.GetUtcNow();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await step.Apply(db, now);
                db.AppliedSeeds.Add(new AppliedSeed { Name = step.Name, AppliedAt = now });
                try
                {
                    await db.SaveChangesAsync(ct);
                    await transaction.CommitAsync(ct);
                }
                catch (DbUpdateException)
                {
                    // Another instance applied the same step at the same moment: its content stands.
                    await transaction.RollbackAsync(ct);
                    db.ChangeTracker.Clear();
                }
            }, cancellationToken);
        }
    }

    private static ClinicSettings Settings() => new()
    {
        ClinicName = ClinicName,
        // Placeholder contact details (Ofcom drama number, reserved .example domain): staff set the real ones in the admin area.
        Phone = ClinicPhone,
        Email = "enquiries@purephysio.example",
        StreetAddress = "1 Example Street",
        Locality = "Exampleton",
        Region = "",
        PostalCode = "EX1 1AA",
        CountryCode = "GB",
        TimeZoneId = ClinicTimeZoneId,
        FacebookUrl = "https://www.facebook.com/",
        TwitterUrl = "https://x.com/",
    };

    private static IEnumerable<OpeningHours> WeeklyHours()
    {
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            yield return day == DayOfWeek.Sunday
                ? new OpeningHours { Day = day, IsClosed = true }
                : new OpeningHours { Day = day, Opens = new TimeOnly(8, 0), Closes = new TimeOnly(20, 0) };
        }
    }

    private static IEnumerable<Testimonial> Testimonials() =>
    [
        new() { Quote = "The professionalism and knowledge shown during the treatment was great. I really felt in good hands.", Author = "Mrs Wainwright", IsPublished = true, SortOrder = 1 },
        new() { Quote = "I've never know pain like Sciatica. Following a referral made by my doctor, I was seen by a really friendly physiotherapist. I can't believe the difference in 4 sessions - Many thanks.", Author = "Miss C White", IsPublished = true, SortOrder = 2 },
        new() { Quote = "My back is 100% better now. I can't believe how much improvement a few sessions can make. Thanks so much!!", Author = "Laura White", IsPublished = true, SortOrder = 3 },
        new() { Quote = "Absolutely brilliant", Source = "Google Review", GivenOn = new DateOnly(2019, 12, 1), IsPublished = true, SortOrder = 4 },
    ];
}
