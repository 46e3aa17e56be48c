using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vetrina.Data;
using Vetrina.Promotions.Domain;

namespace Vetrina.Promotions.Data;

internal sealed class DiscountCodeConfiguration : IEntityTypeConfiguration<DiscountCode>
{
    public void Configure(EntityTypeBuilder<DiscountCode> builder)
    {
        builder.ToTable("promotions_discount_codes");
        builder.Property(c => c.Code).HasMaxLength(40);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Eligible).HasMaxLength(1000);
    }
}

internal sealed class AutomaticPromotionConfiguration : IEntityTypeConfiguration<AutomaticPromotion>
{
    public void Configure(EntityTypeBuilder<AutomaticPromotion> builder)
    {
        builder.ToTable("promotions_automatic");
        builder.HasLocalizedText(p => p.Name, "Name", 100);
        builder.Property(p => p.Eligible).HasMaxLength(1000);
    }
}

internal sealed class DiscountRedemptionConfiguration : IEntityTypeConfiguration<DiscountRedemption>
{
    public void Configure(EntityTypeBuilder<DiscountRedemption> builder)
    {
        builder.ToTable("promotions_redemptions");
        builder.Property(r => r.Email).HasMaxLength(254);
        builder.HasIndex(r => new { r.DiscountCodeId, r.Email, r.Slot }).IsUnique().HasFilter("\"Slot\" > 0");
        builder.HasIndex(r => r.OrderId);
    }
}

internal sealed class GiftCardConfiguration : IEntityTypeConfiguration<GiftCard>
{
    public void Configure(EntityTypeBuilder<GiftCard> builder)
    {
        builder.ToTable("promotions_gift_cards");
        builder.Property(c => c.Code).HasMaxLength(16);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Ignore(c => c.Display);
    }
}

internal sealed class GiftCardTransactionConfiguration : IEntityTypeConfiguration<GiftCardTransaction>
{
    public void Configure(EntityTypeBuilder<GiftCardTransaction> builder)
    {
        builder.ToTable("promotions_gift_card_transactions");
        builder.Property(t => t.Reason).HasMaxLength(40);
        builder.HasIndex(t => t.GiftCardId);
        builder.HasIndex(t => t.OrderId);
    }
}
