using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vetrina.Catalog.Domain;

namespace Vetrina.Catalog.Data;

internal sealed class SkuConfiguration : IEntityTypeConfiguration<Sku>
{
    public void Configure(EntityTypeBuilder<Sku> builder)
    {
        builder.ToTable("catalog_skus");
        builder.HasIndex(s => s.Code).IsUnique();
        builder.HasIndex(s => s.Gtin).IsUnique();
        builder.Property(s => s.Code).HasMaxLength(80);
        builder.Property(s => s.Size).HasMaxLength(10);
        builder.Property(s => s.Gtin).HasMaxLength(14);
        builder.HasMany(s => s.PriceHistory).WithOne().HasForeignKey(p => p.SkuId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.PriceHistory).HasField("priceHistory");
    }
}
