using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vetrina.Catalog.Media;

namespace Vetrina.Catalog.Data;

internal sealed class MediaAssetConfiguration : IEntityTypeConfiguration<MediaAsset>
{
    public void Configure(EntityTypeBuilder<MediaAsset> builder)
    {
        builder.ToTable("catalog_media");
        builder.Property(m => m.ContentType).HasMaxLength(40);
        builder.Property(m => m.OriginalName).HasMaxLength(200);
        builder.Ignore(m => m.Url);
    }
}
