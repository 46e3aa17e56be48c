using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vetrina.Data;
using Vetrina.Kernel.Addresses;
using Vetrina.Orders.Checkout;
using Vetrina.Orders.Domain;
using Vetrina.Orders.Shipping;

namespace Vetrina.Orders.Data;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.ToTable("orders_orders");
        builder.Property(o => o.AccessKey).HasMaxLength(32);
        builder.Property(o => o.Market).HasMaxLength(16);
        builder.Property(o => o.Language).HasMaxLength(2);
        builder.Property(o => o.Email).HasMaxLength(254);
        builder.Property(o => o.CustomerId).HasMaxLength(450);
        builder.Property(o => o.ShippingMethodCode).HasMaxLength(32);
        builder.Property(o => o.ShippingMethodName).HasMaxLength(100);
        builder.Property(o => o.PickupLocationCode).HasMaxLength(16);
        builder.Property(o => o.DiscountLabel).HasMaxLength(200);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.ComplexProperty(o => o.ShippingAddress).MapPostalAddress("Ship");
        builder.ComplexProperty(o => o.BillingAddress).MapPostalAddress("Bill");
        builder.HasIndex(o => o.CustomerId);
        builder.HasIndex(o => o.Email);
        builder.HasIndex(o => new { o.Status, o.PaymentDueBy });
        builder.HasIndex(o => o.PlacedAt);
        builder.Ignore(o => o.Total);
        builder.Ignore(o => o.AmountDue);
        builder.Property(o => o.StockReference).HasMaxLength(100);
        builder.HasIndex(o => o.StockReference).IsUnique();
        builder.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Lines).HasField("lines");
        builder.HasMany(o => o.Transitions).WithOne().HasForeignKey(t => t.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Transitions).HasField("transitions");
    }
}

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> builder)
    {
        builder.ToTable("orders_lines");
        builder.Property(l => l.SkuCode).HasMaxLength(64);
        builder.Property(l => l.StyleCode).HasMaxLength(32);
        builder.Property(l => l.Name).HasMaxLength(200);
        builder.Property(l => l.Colour).HasMaxLength(100);
        builder.Property(l => l.Size).HasMaxLength(16);
        builder.Ignore(l => l.LineTotalMinor);
        builder.HasIndex(l => l.SkuId);
    }
}

internal sealed class OrderTransitionConfiguration : IEntityTypeConfiguration<OrderTransition>
{
    public void Configure(EntityTypeBuilder<OrderTransition> builder)
    {
        builder.ToTable("orders_transitions");
        builder.Property(t => t.Actor).HasMaxLength(256);
        builder.Property(t => t.Note).HasMaxLength(500);
    }
}

internal sealed class OrderPaymentConfiguration : IEntityTypeConfiguration<OrderPayment>
{
    public void Configure(EntityTypeBuilder<OrderPayment> builder)
    {
        builder.ToTable("orders_payments");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Provider).HasMaxLength(32);
        builder.Property(p => p.Reference).HasMaxLength(100);
        builder.Property(p => p.ActionUrl).HasMaxLength(500);
        builder.Property(p => p.DeclineCode).HasMaxLength(40);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => p.OrderId);
        builder.HasIndex(p => new { p.Provider, p.Reference });
        builder.HasOne<Order>().WithMany().HasForeignKey(p => p.OrderId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("orders_idempotency_keys");
        builder.HasKey(r => r.Key);
        builder.Property(r => r.Key).HasMaxLength(300);
        builder.Property(r => r.RequestHash).HasMaxLength(64);
        builder.HasIndex(r => r.CreatedAt);
    }
}

internal sealed class ShippingMethodConfiguration : IEntityTypeConfiguration<ShippingMethod>
{
    public void Configure(EntityTypeBuilder<ShippingMethod> builder)
    {
        builder.ToTable("orders_shipping_methods");
        builder.HasKey(m => m.Code);
        builder.Property(m => m.Code).HasMaxLength(32);
        builder.Property(m => m.MarketCode).HasMaxLength(16);
        builder.HasLocalizedText(m => m.Name, "Name", 100);
        builder.HasLocalizedText(m => m.Estimate, "Estimate", 100);
        builder.Property(m => m.PickupLocationCode).HasMaxLength(16);
        builder.HasIndex(m => m.MarketCode);
    }
}

internal sealed class ShipmentConfiguration : IEntityTypeConfiguration<Fulfilment.Shipment>
{
    public void Configure(EntityTypeBuilder<Fulfilment.Shipment> builder)
    {
        builder.ToTable("orders_shipments");
        builder.Property(s => s.LocationCode).HasMaxLength(16);
        builder.Property(s => s.CarrierCode).HasMaxLength(16);
        builder.Property(s => s.TrackingNumber).HasMaxLength(40);
        builder.Property(s => s.PackedBy).HasMaxLength(256);
        builder.Property(s => s.ShippedBy).HasMaxLength(256);
        builder.Ignore(s => s.TrackingUrl);
        builder.HasIndex(s => new { s.Status, s.LocationCode });
        builder.HasOne<Order>().WithMany().HasForeignKey(s => s.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Lines).WithOne().HasForeignKey(l => l.ShipmentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Lines).HasField("lines");
    }
}

internal sealed class ShipmentLineConfiguration : IEntityTypeConfiguration<Fulfilment.ShipmentLine>
{
    public void Configure(EntityTypeBuilder<Fulfilment.ShipmentLine> builder)
    {
        builder.ToTable("orders_shipment_lines");
        builder.HasIndex(l => l.OrderLineId);
    }
}

internal sealed class OrderRefundConfiguration : IEntityTypeConfiguration<OrderRefund>
{
    public void Configure(EntityTypeBuilder<OrderRefund> builder)
    {
        builder.ToTable("orders_refunds");
        builder.HasIndex(r => r.Key).IsUnique();
        builder.HasIndex(r => r.OrderId);
        builder.Property(r => r.Key).HasMaxLength(100);
        builder.Property(r => r.Reason).HasMaxLength(500);
        builder.Property(r => r.Actor).HasMaxLength(256);
        builder.HasOne<Order>().WithMany().HasForeignKey(r => r.OrderId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OrderReturnConfiguration : IEntityTypeConfiguration<OrderReturn>
{
    public void Configure(EntityTypeBuilder<OrderReturn> builder)
    {
        builder.ToTable("orders_returns");
        builder.HasIndex(r => r.Key).IsUnique();
        builder.HasIndex(r => r.OrderId);
        builder.Property(r => r.Key).HasMaxLength(100);
        builder.Property(r => r.LocationCode).HasMaxLength(16);
        builder.Property(r => r.Reason).HasMaxLength(500);
        builder.Property(r => r.Actor).HasMaxLength(256);
        builder.HasOne<Order>().WithMany().HasForeignKey(r => r.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Lines).WithOne().HasForeignKey(l => l.OrderReturnId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Lines).HasField("lines");
    }
}

internal sealed class OrderReturnLineConfiguration : IEntityTypeConfiguration<OrderReturnLine>
{
    public void Configure(EntityTypeBuilder<OrderReturnLine> builder)
    {
        builder.ToTable("orders_return_lines");
        builder.HasIndex(l => l.OrderLineId);
    }
}

internal sealed class WithdrawalConfiguration : IEntityTypeConfiguration<Withdrawal>
{
    public void Configure(EntityTypeBuilder<Withdrawal> builder)
    {
        builder.ToTable("orders_withdrawals");
        builder.HasIndex(w => w.Sequence).IsUnique();
        builder.HasIndex(w => w.Key).IsUnique();
        builder.HasIndex(w => w.OrderId);
        builder.Property(w => w.Key).HasMaxLength(64);
        builder.Property(w => w.OrderNumber).HasMaxLength(32);
        builder.Property(w => w.Name).HasMaxLength(200);
        builder.Property(w => w.Email).HasMaxLength(254);
        builder.Property(w => w.Language).HasMaxLength(2);
        builder.Property(w => w.PreviousHash).HasMaxLength(64);
        builder.Property(w => w.Hash).HasMaxLength(64);
        builder.HasOne<Order>().WithMany().HasForeignKey(w => w.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(w => w.Lines).WithOne().HasForeignKey(l => l.WithdrawalId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(w => w.Lines).HasField("lines");
    }
}

internal sealed class WithdrawalLineConfiguration : IEntityTypeConfiguration<WithdrawalLine>
{
    public void Configure(EntityTypeBuilder<WithdrawalLine> builder)
    {
        builder.ToTable("orders_withdrawal_lines");
        builder.Property(l => l.Description).HasMaxLength(300);
    }
}
