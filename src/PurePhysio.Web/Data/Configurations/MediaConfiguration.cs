using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Data.Configurations;

internal sealed class MediaImageConfiguration : IEntityTypeConfiguration<MediaImage>
{
    public void Configure(EntityTypeBuilder<MediaImage> builder)
    {
        builder.Property(m => m.FileName).HasMaxLength(MediaImage.FileNameMaxLength);
        builder.Property(m => m.AltText).HasMaxLength(MediaImage.AltTextMaxLength);
        builder.Property(m => m.Caption).HasMaxLength(MediaImage.CaptionMaxLength);
        builder.Property(m => m.Credit).HasMaxLength(MediaImage.CreditMaxLength);
        builder.Property(m => m.Format).HasMaxLength(10);
        builder.Property(m => m.ContentHash).HasMaxLength(MediaImage.ContentHashLength).IsFixedLength().IsUnicode(false);
        // Rendition requests find the original by its hash.
        builder.HasIndex(m => m.ContentHash);
        builder.Ignore(m => m.IsDescribed);
        builder.HasOne(m => m.File).WithOne().HasForeignKey<MediaImageFile>(f => f.MediaImageId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MediaImageFileConfiguration : IEntityTypeConfiguration<MediaImageFile>
{
    public void Configure(EntityTypeBuilder<MediaImageFile> builder)
    {
        builder.HasKey(f => f.MediaImageId);
        builder.ToTable("MediaImageFiles");
    }
}
