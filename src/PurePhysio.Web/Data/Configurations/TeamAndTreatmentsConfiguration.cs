using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Data.Configurations;

internal sealed class PractitionerConfiguration : IEntityTypeConfiguration<Practitioner>
{
    public void Configure(EntityTypeBuilder<Practitioner> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(Practitioner.NameMaxLength);
        builder.Property(p => p.Slug).HasMaxLength(Practitioner.SlugMaxLength);
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.Property(p => p.Role).HasMaxLength(Practitioner.RoleMaxLength);
        builder.Property(p => p.RegistrationNumber).HasMaxLength(Practitioner.RegistrationNumberMaxLength);
        builder.Property(p => p.Qualifications).HasMaxLength(Practitioner.ListMaxLength);
        builder.Property(p => p.Memberships).HasMaxLength(Practitioner.ListMaxLength);
        builder.Property(p => p.SpecialInterests).HasMaxLength(Practitioner.ListMaxLength);
        builder.Property(p => p.Bio).HasMaxLength(Practitioner.BioMaxLength);
        builder.HasMany(p => p.Conditions).WithMany(c => c.Practitioners).UsingEntity("PractitionerConditions");

        // Like a condition's picture: an image in use cannot be deleted (the media library says where it is used).
        builder.HasOne(p => p.Photo).WithMany().HasForeignKey(p => p.PhotoId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TreatmentConfiguration : IEntityTypeConfiguration<Treatment>
{
    public void Configure(EntityTypeBuilder<Treatment> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(Treatment.NameMaxLength);
        builder.Property(t => t.Slug).HasMaxLength(Treatment.SlugMaxLength);
        builder.HasIndex(t => t.Slug).IsUnique();
        builder.Property(t => t.Summary).HasMaxLength(Treatment.SummaryMaxLength);
        builder.Property(t => t.WhatHappens).HasMaxLength(Treatment.TextMaxLength);
        builder.Property(t => t.WhoItSuits).HasMaxLength(Treatment.TextMaxLength);
        builder.Property(t => t.Price).HasPrecision(8, 2);
        builder.HasMany(t => t.Conditions).WithMany(c => c.Treatments).UsingEntity("TreatmentConditions");
    }
}
