using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vetrina.Cart.Domain;

namespace Vetrina.Cart.Data;

internal sealed class CartConfiguration : IEntityTypeConfiguration<ShoppingCart>
{
    public void Configure(EntityTypeBuilder<ShoppingCart> builder)
    {
        builder.ToTable("cart_carts");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Market).HasMaxLength(8);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => c.UpdatedAt);
        builder.Property(c => c.CustomerId).HasMaxLength(450);
        builder.HasIndex(c => c.CustomerId);
        builder.Ignore(c => c.ItemCount);
        builder.HasMany(c => c.Lines).WithOne().HasForeignKey(l => l.CartId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Lines).HasField("lines");
    }
}

internal sealed class CartLineConfiguration : IEntityTypeConfiguration<CartLine>
{
    public void Configure(EntityTypeBuilder<CartLine> builder)
    {
        builder.ToTable("cart_lines");
        builder.HasIndex(l => new { l.CartId, l.SkuId }).IsUnique();
    }
}
