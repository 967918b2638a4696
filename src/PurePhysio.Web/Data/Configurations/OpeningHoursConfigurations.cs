using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Data.Configurations;

internal sealed class OpeningPeriodConfiguration : IEntityTypeConfiguration<OpeningPeriod>
{
    public void Configure(EntityTypeBuilder<OpeningPeriod> builder)
    {
        builder.HasIndex(p => new { p.Day, p.Opens });
    }
}

internal sealed class SpecialOpeningHoursConfiguration : IEntityTypeConfiguration<SpecialOpeningHours>
{
    public void Configure(EntityTypeBuilder<SpecialOpeningHours> builder)
    {
        builder.Property(s => s.Reason).HasMaxLength(SpecialOpeningHours.ReasonMaxLength);
        builder.HasIndex(s => s.Date);
    }
}

internal sealed class OpeningHoursSettingsConfiguration : IEntityTypeConfiguration<OpeningHoursSettings>
{
    public void Configure(EntityTypeBuilder<OpeningHoursSettings> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.BankHolidayRegion).HasConversion<string>().HasMaxLength(32);
    }
}
