using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vetrina.Webhooks.Domain;

namespace Vetrina.Webhooks.Data;

internal sealed class WebhookEndpointConfiguration : IEntityTypeConfiguration<WebhookEndpoint>
{
    public void Configure(EntityTypeBuilder<WebhookEndpoint> builder)
    {
        builder.ToTable("webhooks_endpoints");
        builder.Property(e => e.Url).HasMaxLength(500);
        builder.Property(e => e.Secret).HasMaxLength(64);
        builder.Property(e => e.Events).HasMaxLength(500);
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("webhooks_deliveries");
        builder.Property(d => d.EventType).HasMaxLength(40);
        builder.Property(d => d.LastError).HasMaxLength(1000);
        // Column name from before deliveries shared the work queue (LeasedWork).
        builder.Property(d => d.FinishedAt).HasColumnName("DeliveredAt");
        builder.HasIndex(d => new { d.FinishedAt, d.DueAt });
        builder.HasIndex(d => new { d.EndpointId, d.CreatedAt });
        builder.HasOne<WebhookEndpoint>().WithMany().HasForeignKey(d => d.EndpointId).OnDelete(DeleteBehavior.Cascade);
    }
}
