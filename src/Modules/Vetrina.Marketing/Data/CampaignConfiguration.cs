using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vetrina.Marketing.Campaigns;

namespace Vetrina.Marketing.Data;

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.ToTable("marketing_campaigns");
        builder.HasIndex(c => c.Name).IsUnique();
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.Title).HasMaxLength(200);
        builder.Property(c => c.Channels).HasMaxLength(200);
        builder.Property(c => c.Currency).HasMaxLength(3);
        builder.Property(c => c.Goal).HasMaxLength(500);
    }
}

internal sealed class TrackedLinkConfiguration : IEntityTypeConfiguration<TrackedLink>
{
    public void Configure(EntityTypeBuilder<TrackedLink> builder)
    {
        builder.ToTable("marketing_links");
        builder.HasIndex(l => l.Code).IsUnique();
        builder.HasIndex(l => l.CampaignId);
        builder.Property(l => l.Code).HasMaxLength(12);
        builder.Property(l => l.Target).HasMaxLength(500);
        builder.Property(l => l.Source).HasMaxLength(100);
        builder.Property(l => l.Medium).HasMaxLength(100);
        builder.Property(l => l.Content).HasMaxLength(100);
    }
}
