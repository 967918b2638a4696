using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Data.Configurations;

internal sealed class ConditionConfiguration : IEntityTypeConfiguration<Condition>
{
    public void Configure(EntityTypeBuilder<Condition> builder)
    {
        builder.Property(c => c.Title).HasMaxLength(Condition.TitleMaxLength);
        builder.Property(c => c.Slug).HasMaxLength(Condition.SlugMaxLength);
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.Property(c => c.Summary).HasMaxLength(Condition.SummaryMaxLength);
        builder.Property(c => c.UrgencyNotice).HasMaxLength(Condition.UrgencyNoticeMaxLength);
        builder.Property(c => c.AlternativeNames).HasMaxLength(Condition.AlternativeNamesMaxLength);
        builder.HasIndex(c => new { c.IsPublished, c.PublishedAt });
        builder.Property(c => c.Version).IsConcurrencyToken();
        // An image in use cannot be deleted (the media library says where it is used).
        builder.HasOne(c => c.Image).WithMany().HasForeignKey(c => c.ImageId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(c => c.Symptoms).WithOne().HasForeignKey(s => s.ConditionId).OnDelete(DeleteBehavior.Cascade);
        // Removing a practitioner leaves the article unreviewed rather than deleting it.
        builder.HasOne(c => c.ReviewedBy).WithMany().HasForeignKey(c => c.ReviewedByPractitionerId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(c => c.ReviewedByName).HasMaxLength(Condition.ReviewedByNameMaxLength);
        builder.HasMany(c => c.Resources).WithOne().HasForeignKey(r => r.ConditionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SymptomConfiguration : IEntityTypeConfiguration<Symptom>
{
    public void Configure(EntityTypeBuilder<Symptom> builder)
    {
        builder.Property(s => s.Text).HasMaxLength(Symptom.TextMaxLength);
    }
}

internal sealed class ConditionResourceConfiguration : IEntityTypeConfiguration<ConditionResource>
{
    public void Configure(EntityTypeBuilder<ConditionResource> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(ConditionResource.TitleMaxLength);
        builder.Property(r => r.Url).HasMaxLength(ConditionResource.UrlMaxLength);
        builder.Property(r => r.Publisher).HasMaxLength(ConditionResource.TitleMaxLength);
    }
}
