using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Data;

/// <summary>
/// The clinic's database. Each provider has a subclass (<see cref="SqliteClinicDbContext"/>,
/// <see cref="SqlServerClinicDbContext"/>) so that each keeps its own migrations in this one project.
/// </summary>
public abstract class ClinicDbContext(DbContextOptions options) : IdentityDbContext<StaffUser>(options), IDataProtectionKeyContext
{
    public DbSet<Condition> Conditions => Set<Condition>();
    public DbSet<Symptom> Symptoms => Set<Symptom>();
    public DbSet<ConditionResource> ConditionResources => Set<ConditionResource>();
    public DbSet<Testimonial> Testimonials => Set<Testimonial>();
    public DbSet<OpeningHours> OpeningHours => Set<OpeningHours>();
    public DbSet<Closure> Closures => Set<Closure>();
    public DbSet<Practitioner> Practitioners => Set<Practitioner>();
    public DbSet<Treatment> Treatments => Set<Treatment>();
    public DbSet<OpeningPeriod> OpeningPeriods => Set<OpeningPeriod>();
    public DbSet<SpecialOpeningHours> SpecialOpeningHours => Set<SpecialOpeningHours>();
    public DbSet<OpeningHoursSettings> OpeningHoursSettings => Set<OpeningHoursSettings>();
    public DbSet<StaticPage> StaticPages => Set<StaticPage>();
    public DbSet<ClinicSettings> ClinicSettings => Set<ClinicSettings>();
    public DbSet<AppliedSeed> AppliedSeeds => Set<AppliedSeed>();
    public DbSet<ContentRevision> ContentRevisions => Set<ContentRevision>();
    public DbSet<ContentDraft> ContentDrafts => Set<ContentDraft>();
    public DbSet<ReviewReminder> ReviewReminders => Set<ReviewReminder>();
    public DbSet<SlugRedirect> SlugRedirects => Set<SlugRedirect>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<StaffSecurityPolicy> StaffSecurityPolicies => Set<StaffSecurityPolicy>();
    public DbSet<SignInThrottle> SignInThrottles => Set<SignInThrottle>();
    public DbSet<EnquiryNote> EnquiryNotes => Set<EnquiryNote>();
    public DbSet<Enquiry> Enquiries => Set<Enquiry>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<SearchDocument> SearchDocuments => Set<SearchDocument>();
    public DbSet<SearchPosting> SearchPostings => Set<SearchPosting>();
    public DbSet<SearchSynonymGroup> SearchSynonymGroups => Set<SearchSynonymGroup>();
    public DbSet<SearchIndexState> SearchIndexStates => Set<SearchIndexState>();
    public DbSet<MediaImage> MediaImages => Set<MediaImage>();
    public DbSet<MediaImageFile> MediaImageFiles => Set<MediaImageFile>();

    /// <summary>The key ring behind sign-in cookies, antiforgery and signed form times, shared by every app instance.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ClinicDbContext).Assembly);
    }
}

internal sealed class SqliteClinicDbContext(DbContextOptions<SqliteClinicDbContext> options) : ClinicDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date-time-offset type: EF would store text that cannot be compared or
        // ordered in SQL. All our timestamps are UTC, so a sortable integer keeps queries in SQL.
        configurationBuilder.Properties<DateTimeOffset>()
            .HaveConversion<Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter>();
    }
}

internal sealed class SqlServerClinicDbContext(DbContextOptions<SqlServerClinicDbContext> options) : ClinicDbContext(options);
