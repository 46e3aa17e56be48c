using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vetrina.Catalog.Domain;
using Vetrina.Data;

namespace Vetrina.Catalog.Data;

internal sealed class ColourwayConfiguration : IEntityTypeConfiguration<Colourway>
{
    public void Configure(EntityTypeBuilder<Colourway> builder)
    {
        builder.ToTable("catalog_colourways");
        builder.HasIndex(c => new { c.StyleId, c.Code }).IsUnique();
        builder.Property(c => c.Code).HasMaxLength(12);
        builder.HasLocalizedText(c => c.Name, "Name", 100);
        builder.Property(c => c.Family).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Hex).HasMaxLength(7);
        builder.HasMany(c => c.Skus).WithOne().HasForeignKey(s => s.ColourwayId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Skus).HasField("skus");
        builder.HasMany(c => c.Images).WithOne().HasForeignKey(i => i.ColourwayId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Images).HasField("images");
    }
}
