using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vetrina.Payments.TestNetwork;

namespace Vetrina.Payments.Data;

internal sealed class TestChargeConfiguration : IEntityTypeConfiguration<TestCharge>
{
    public void Configure(EntityTypeBuilder<TestCharge> builder)
    {
        builder.ToTable("payments_test_network_charges");
        builder.Property(c => c.Id).HasMaxLength(40);
        builder.Property(c => c.IdempotencyKey).HasMaxLength(100);
        builder.HasIndex(c => c.IdempotencyKey).IsUnique();
        builder.Property(c => c.Last4).HasMaxLength(4);
        builder.Property(c => c.Description).HasMaxLength(200);
        builder.Property(c => c.ReturnUrl).HasMaxLength(500);
        builder.Property(c => c.Language).HasMaxLength(2);
        builder.Property(c => c.DeclineCode).HasMaxLength(40);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.Amount);
    }
}

internal sealed class TestChargeOperationConfiguration : IEntityTypeConfiguration<TestChargeOperation>
{
    public void Configure(EntityTypeBuilder<TestChargeOperation> builder)
    {
        builder.ToTable("payments_test_network_operations");
        builder.HasKey(o => o.Key);
        builder.Property(o => o.Key).HasMaxLength(100);
        builder.Property(o => o.ChargeId).HasMaxLength(40);
        builder.Property(o => o.Kind).HasMaxLength(16);
        builder.HasIndex(o => o.ChargeId);
    }
}

internal sealed class StripeEventConfiguration : IEntityTypeConfiguration<Stripe.StripeEvent>
{
    public void Configure(EntityTypeBuilder<Stripe.StripeEvent> builder)
    {
        builder.ToTable("payments_stripe_events");
        builder.Property(e => e.Id).HasMaxLength(100);
        builder.Property(e => e.Type).HasMaxLength(100);
    }
}
