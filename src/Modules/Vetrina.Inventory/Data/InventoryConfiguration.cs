using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vetrina.Data;
using Vetrina.Inventory.Domain;

namespace Vetrina.Inventory.Data;

internal sealed class StockLocationConfiguration : IEntityTypeConfiguration<StockLocation>
{
    public void Configure(EntityTypeBuilder<StockLocation> builder)
    {
        builder.ToTable("inventory_locations");
        builder.HasKey(l => l.Code);
        builder.Property(l => l.Code).HasMaxLength(16);
        builder.HasLocalizedText(l => l.Name, "Name", 100);
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.CountryCode).HasMaxLength(2);
    }
}

internal sealed class StockLevelConfiguration : IEntityTypeConfiguration<StockLevel>
{
    public void Configure(EntityTypeBuilder<StockLevel> builder)
    {
        builder.ToTable("inventory_levels");
        builder.HasKey(l => new { l.SkuId, l.LocationCode });
        builder.Property(l => l.LocationCode).HasMaxLength(16);
        builder.Ignore(l => l.Available);
        builder.Ignore(l => l.Backordered);
        builder.HasOne<StockLocation>().WithMany().HasForeignKey(l => l.LocationCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StockMovementConfiguration : IEntityTypeConfiguration<StockMovement>
{
    public void Configure(EntityTypeBuilder<StockMovement> builder)
    {
        builder.ToTable("inventory_movements");
        builder.HasIndex(m => new { m.SkuId, m.LocationCode });
        builder.HasIndex(m => m.Reference);
        builder.Property(m => m.LocationCode).HasMaxLength(16);
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Reference).HasMaxLength(100);
    }
}
