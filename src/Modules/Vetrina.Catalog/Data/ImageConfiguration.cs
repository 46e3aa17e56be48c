using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vetrina.Catalog.Domain;
using Vetrina.Data;

namespace Vetrina.Catalog.Data;

internal sealed class ImageConfiguration : IEntityTypeConfiguration<ColourwayImage>
{
    public void Configure(EntityTypeBuilder<ColourwayImage> builder)
    {
        builder.ToTable("catalog_images");
        builder.Property(i => i.Url).HasMaxLength(500);
        builder.HasLocalizedText(i => i.Alt, "Alt", 300);
    }
}
