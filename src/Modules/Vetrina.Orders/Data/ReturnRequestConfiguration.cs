using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vetrina.Orders.Domain;

namespace Vetrina.Orders.Data;

internal sealed class ReturnRequestConfiguration : IEntityTypeConfiguration<ReturnRequest>
{
    public void Configure(EntityTypeBuilder<ReturnRequest> builder)
    {
        builder.ToTable("orders_return_requests");
        builder.HasIndex(r => r.Key).IsUnique();
        builder.HasIndex(r => r.Number).IsUnique();
        builder.HasIndex(r => new { r.OrderId, r.Sequence }).IsUnique();
        builder.HasIndex(r => r.Stage);
        builder.Property(r => r.Number).HasMaxLength(40);
        builder.Property(r => r.Key).HasMaxLength(100);
        builder.Property(r => r.AccessKey).HasMaxLength(64);
        builder.Property(r => r.Language).HasMaxLength(2);
        builder.Property(r => r.Method).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Stage).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Store).HasMaxLength(16);
        builder.Property(r => r.Note).HasMaxLength(1000);
        builder.Property(r => r.Resolution).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.ExchangeReference).HasMaxLength(120);
        builder.Property(r => r.ExchangeCarrier).HasMaxLength(16);
        builder.Property(r => r.ExchangeTracking).HasMaxLength(64);
        builder.Property(r => r.CreditCardEnding).HasMaxLength(4);
        builder.HasIndex(r => r.ExchangeReference);
        builder.HasOne<Order>().WithMany().HasForeignKey(r => r.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrderReturn>().WithMany().HasForeignKey(r => r.OrderReturnId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Lines).WithOne().HasForeignKey(l => l.ReturnRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Lines).HasField("lines");
        builder.HasMany(r => r.Photos).WithOne().HasForeignKey(p => p.ReturnRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Photos).HasField("photos");
    }
}

internal sealed class ReturnRequestLineConfiguration : IEntityTypeConfiguration<ReturnRequestLine>
{
    public void Configure(EntityTypeBuilder<ReturnRequestLine> builder)
    {
        builder.ToTable("orders_return_request_lines");
        builder.Property(l => l.Reason).HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.ExchangeFor).HasMaxLength(200);
        builder.HasIndex(l => l.OrderLineId);
    }
}

internal sealed class ReturnPhotoConfiguration : IEntityTypeConfiguration<ReturnPhoto>
{
    public void Configure(EntityTypeBuilder<ReturnPhoto> builder)
    {
        builder.ToTable("orders_return_photos");
        builder.Property(p => p.Id).ValueGeneratedNever();
    }
}
