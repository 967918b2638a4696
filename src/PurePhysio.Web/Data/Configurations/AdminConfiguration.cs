using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Data.Configurations;

internal sealed class ContentRevisionConfiguration : IEntityTypeConfiguration<ContentRevision>
{
    public void Configure(EntityTypeBuilder<ContentRevision> builder)
    {
        builder.Property(r => r.ContentType).HasMaxLength(ContentRevision.ContentTypeMaxLength);
        builder.Property(r => r.UserId).HasMaxLength(450);
        builder.Property(r => r.UserEmail).HasMaxLength(256);
        builder.Property(r => r.Summary).HasMaxLength(ContentRevision.SummaryMaxLength);
        builder.HasIndex(r => new { r.ContentType, r.ContentId, r.Id });
    }
}

internal sealed class SlugRedirectConfiguration : IEntityTypeConfiguration<SlugRedirect>
{
    public void Configure(EntityTypeBuilder<SlugRedirect> builder)
    {
        builder.Property(r => r.ContentType).HasMaxLength(ContentRevision.ContentTypeMaxLength);
        builder.Property(r => r.OldSlug).HasMaxLength(Condition.SlugMaxLength);
        builder.HasIndex(r => new { r.ContentType, r.OldSlug }).IsUnique();
    }
}

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.Property(e => e.UserId).HasMaxLength(450);
        builder.Property(e => e.UserEmail).HasMaxLength(256);
        builder.Property(e => e.Action).HasMaxLength(AuditEvent.ActionMaxLength);
        builder.Property(e => e.Target).HasMaxLength(AuditEvent.TargetMaxLength);
        builder.Property(e => e.Details).HasMaxLength(AuditEvent.DetailsMaxLength);
        builder.HasIndex(e => e.OccurredAt);
    }
}

internal sealed class EnquiryNoteConfiguration : IEntityTypeConfiguration<EnquiryNote>
{
    public void Configure(EntityTypeBuilder<EnquiryNote> builder)
    {
        builder.Property(n => n.Text).HasMaxLength(EnquiryNote.TextMaxLength);
        builder.Property(n => n.UserEmail).HasMaxLength(256);
        // Notes go with their enquiry (deleted by staff or by the retention purge).
        builder.HasOne<Enquiry>().WithMany().HasForeignKey(n => n.EnquiryId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SignInThrottleConfiguration : IEntityTypeConfiguration<SignInThrottle>
{
    public void Configure(EntityTypeBuilder<SignInThrottle> builder)
    {
        builder.Property(t => t.Account).HasMaxLength(SignInThrottle.AccountMaxLength);
        builder.Property(t => t.Client).HasMaxLength(SignInThrottle.ClientMaxLength);
        // One row per pair and step: the first failure's INSERT races are settled by this index.
        builder.HasIndex(t => new { t.Account, t.Client, t.Step }).IsUnique();
        builder.HasIndex(t => t.LastFailureAt);
    }
}

internal sealed class StaffSecurityPolicyConfiguration : IEntityTypeConfiguration<StaffSecurityPolicy>
{
    public void Configure(EntityTypeBuilder<StaffSecurityPolicy> builder) => builder.Property(p => p.Id).ValueGeneratedNever();
}

internal sealed class ContentDraftConfiguration : IEntityTypeConfiguration<ContentDraft>
{
    public void Configure(EntityTypeBuilder<ContentDraft> builder)
    {
        builder.Property(d => d.ContentType).HasMaxLength(ContentRevision.ContentTypeMaxLength);
        builder.HasIndex(d => new { d.ContentType, d.ContentId }).IsUnique();
        // Scheduled drafts are found by their time.
        builder.HasIndex(d => d.PublishAt);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Property(d => d.AuthorUserId).HasMaxLength(450);
        builder.Property(d => d.AuthorEmail).HasMaxLength(256);
        builder.Property(d => d.SubmittedByUserId).HasMaxLength(450);
        builder.Property(d => d.SubmittedByEmail).HasMaxLength(256);
        builder.Property(d => d.ReviewedByUserId).HasMaxLength(450);
        builder.Property(d => d.ReviewedByEmail).HasMaxLength(256);
        builder.Property(d => d.ReviewComment).HasMaxLength(ContentDraft.ReviewCommentMaxLength);
        builder.Property(d => d.Summary).HasMaxLength(ContentDraft.SummaryMaxLength);
    }
}

internal sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> builder) =>
        // Deleting a team profile leaves the account, no longer linked.
        builder.HasOne<Practitioner>().WithMany().HasForeignKey(u => u.PractitionerId).OnDelete(DeleteBehavior.SetNull);
}

internal sealed class ReviewReminderConfiguration : IEntityTypeConfiguration<ReviewReminder>
{
    public void Configure(EntityTypeBuilder<ReviewReminder> builder)
    {
        builder.Property(r => r.UserId).HasMaxLength(450);
        builder.Property(r => r.Week).HasMaxLength(ReviewReminder.WeekMaxLength);
        builder.HasIndex(r => new { r.UserId, r.Week }).IsUnique();
    }
}
