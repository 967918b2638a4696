using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Data.Configurations;

internal sealed class EnquiryConfiguration : IEntityTypeConfiguration<Enquiry>
{
    public void Configure(EntityTypeBuilder<Enquiry> builder)
    {
        builder.Property(e => e.Reference).HasMaxLength(Enquiry.ReferenceMaxLength);
        builder.HasIndex(e => e.Reference).IsUnique();
        builder.Property(e => e.Name).HasMaxLength(Enquiry.NameMaxLength);
        builder.Property(e => e.Email).HasMaxLength(Enquiry.EmailMaxLength);
        builder.Property(e => e.Phone).HasMaxLength(Enquiry.PhoneMaxLength);
        builder.Property(e => e.PreferredTimes).HasMaxLength(Enquiry.PreferredTimesMaxLength);
        builder.Property(e => e.Reason).HasMaxLength(Enquiry.ReasonMaxLength);
        builder.Property(e => e.Message).HasMaxLength(Enquiry.MessageMaxLength);
        builder.Property(e => e.ConsentVersion).HasMaxLength(Enquiry.ConsentVersionMaxLength);
        builder.Property(e => e.SourcePage).HasMaxLength(Enquiry.SourcePageMaxLength);
        builder.HasIndex(e => new { e.Status, e.CreatedAt });

        builder.HasMany(e => e.OutboxMessages).WithOne().HasForeignKey(m => m.EnquiryId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.To).HasMaxLength(OutboxMessage.AddressMaxLength);
        builder.Property(m => m.ReplyTo).HasMaxLength(OutboxMessage.AddressMaxLength);
        builder.Property(m => m.Subject).HasMaxLength(OutboxMessage.SubjectMaxLength);
        builder.Property(m => m.MessageId).HasMaxLength(OutboxMessage.MessageIdMaxLength);
        builder.HasIndex(m => m.MessageId).IsUnique();
        builder.Property(m => m.LastError).HasMaxLength(OutboxMessage.LastErrorMaxLength);
        builder.Property(m => m.LeaseOwner).HasMaxLength(OutboxMessage.LeaseOwnerMaxLength);

        // The delivery worker's claim query filters on these.
        builder.HasIndex(m => new { m.Status, m.NextAttemptAt });
    }
}
