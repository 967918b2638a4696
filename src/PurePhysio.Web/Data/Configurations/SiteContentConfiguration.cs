using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Data.Configurations;

internal sealed class TestimonialConfiguration : IEntityTypeConfiguration<Testimonial>
{
    public void Configure(EntityTypeBuilder<Testimonial> builder)
    {
        builder.Property(t => t.Quote).HasMaxLength(Testimonial.QuoteMaxLength);
        builder.Property(t => t.Author).HasMaxLength(Testimonial.AuthorMaxLength);
        builder.Property(t => t.Source).HasMaxLength(Testimonial.SourceMaxLength);
    }
}

internal sealed class OpeningHoursConfiguration : IEntityTypeConfiguration<OpeningHours>
{
    public void Configure(EntityTypeBuilder<OpeningHours> builder)
    {
        builder.HasIndex(h => h.Day).IsUnique();
    }
}

internal sealed class ClosureConfiguration : IEntityTypeConfiguration<Closure>
{
    public void Configure(EntityTypeBuilder<Closure> builder)
    {
        builder.Property(c => c.Reason).HasMaxLength(Closure.ReasonMaxLength);
    }
}

internal sealed class StaticPageConfiguration : IEntityTypeConfiguration<StaticPage>
{
    public void Configure(EntityTypeBuilder<StaticPage> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(StaticPage.TitleMaxLength);
        builder.Property(p => p.Slug).HasMaxLength(StaticPage.SlugMaxLength);
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.Property(p => p.Summary).HasMaxLength(StaticPage.SummaryMaxLength);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne(p => p.Image).WithMany().HasForeignKey(p => p.ImageId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ClinicSettingsConfiguration : IEntityTypeConfiguration<ClinicSettings>
{
    public void Configure(EntityTypeBuilder<ClinicSettings> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.ClinicName).HasMaxLength(120);
        builder.Property(s => s.Phone).HasMaxLength(40);
        builder.Property(s => s.Email).HasMaxLength(254);
        builder.Property(s => s.StreetAddress).HasMaxLength(200);
        builder.Property(s => s.AddressLine2).HasMaxLength(200);
        builder.Property(s => s.Locality).HasMaxLength(100);
        builder.Property(s => s.Directions).HasMaxLength(ClinicSettings.VisitTextMaxLength);
        builder.Property(s => s.Parking).HasMaxLength(ClinicSettings.VisitTextMaxLength);
        builder.Property(s => s.PublicTransport).HasMaxLength(ClinicSettings.VisitTextMaxLength);
        builder.Property(s => s.AccessibilityNotes).HasMaxLength(ClinicSettings.VisitTextMaxLength);
        builder.Property(s => s.Region).HasMaxLength(100);
        builder.Property(s => s.PostalCode).HasMaxLength(20);
        builder.Property(s => s.CountryCode).HasMaxLength(2);
        builder.Property(s => s.TimeZoneId).HasMaxLength(64);
        builder.Property(s => s.FacebookUrl).HasMaxLength(500);
        builder.Property(s => s.TwitterUrl).HasMaxLength(500);
        builder.Property(s => s.InstagramUrl).HasMaxLength(500);
        builder.Property(s => s.StaffNotificationAddresses).HasMaxLength(1000);
    }
}

internal sealed class AppliedSeedConfiguration : IEntityTypeConfiguration<AppliedSeed>
{
    public void Configure(EntityTypeBuilder<AppliedSeed> builder)
    {
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(AppliedSeed.NameMaxLength);
    }
}
