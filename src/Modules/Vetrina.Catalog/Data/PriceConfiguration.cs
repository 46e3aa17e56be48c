using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vetrina.Catalog.Domain;

namespace Vetrina.Catalog.Data;

internal sealed class StylePriceConfiguration : IEntityTypeConfiguration<StylePrice>
{
    public void Configure(EntityTypeBuilder<StylePrice> builder)
    {
        builder.ToTable("catalog_style_prices");
        builder.HasKey(p => new { p.StyleId, p.Market });
        builder.Property(p => p.Market).HasMaxLength(16);
        builder.Ignore(p => p.FullPrice);
        builder.Ignore(p => p.MarkdownPrice);
    }
}

internal sealed class PriceHistoryConfiguration : IEntityTypeConfiguration<PriceHistoryEntry>
{
    public void Configure(EntityTypeBuilder<PriceHistoryEntry> builder)
    {
        builder.ToTable("catalog_price_history");
        builder.HasIndex(p => new { p.SkuId, p.Market, p.EffectiveFrom });
        builder.Property(p => p.Market).HasMaxLength(16);
        builder.Ignore(p => p.Price);
    }
}
