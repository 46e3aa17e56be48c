using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vetrina.Marketing.TrackedLinks;

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

internal sealed class InfluencerConfiguration : IEntityTypeConfiguration<Influencers.Influencer>
{
    public void Configure(EntityTypeBuilder<Influencers.Influencer> builder)
    {
        builder.ToTable("marketing_influencers");
        builder.HasIndex(i => i.Handle).IsUnique();
        builder.HasIndex(i => i.DiscountCode).IsUnique();
        builder.Property(i => i.Handle).HasMaxLength(40);
        builder.Property(i => i.Name).HasMaxLength(100);
        builder.Property(i => i.Email).HasMaxLength(254);
        builder.Property(i => i.Networks).HasMaxLength(300);
        builder.Property(i => i.DiscountCode).HasMaxLength(64);
    }
}

internal sealed class InfluencerProgramConfiguration : IEntityTypeConfiguration<Influencers.InfluencerProgram>
{
    public void Configure(EntityTypeBuilder<Influencers.InfluencerProgram> builder)
    {
        builder.ToTable("marketing_influencer_program");
        builder.HasKey(p => p.Key);
        builder.Property(p => p.Key).ValueGeneratedNever();
    }
}

internal sealed class InfluencerOrderConfiguration : IEntityTypeConfiguration<Influencers.InfluencerOrder>
{
    public void Configure(EntityTypeBuilder<Influencers.InfluencerOrder> builder)
    {
        builder.ToTable("marketing_influencer_orders");
        builder.HasIndex(o => o.OrderId).IsUnique();
        builder.HasIndex(o => new { o.InfluencerId, o.PlacedAt });
        builder.Property(o => o.Currency).HasMaxLength(3);
    }
}

internal sealed class InfluencerStatementConfiguration : IEntityTypeConfiguration<Influencers.InfluencerStatement>
{
    public void Configure(EntityTypeBuilder<Influencers.InfluencerStatement> builder)
    {
        builder.ToTable("marketing_influencer_statements");
        builder.HasIndex(s => new { s.InfluencerId, s.Month, s.Currency });
        builder.Property(s => s.Currency).HasMaxLength(3);
        builder.Property(s => s.PaymentReference).HasMaxLength(100);
    }
}

internal sealed class SocialPostConfiguration : IEntityTypeConfiguration<Social.SocialPost>
{
    public void Configure(EntityTypeBuilder<Social.SocialPost> builder)
    {
        builder.ToTable("marketing_social_posts");
        builder.HasIndex(p => p.Reference).IsUnique();
        builder.HasIndex(p => p.ScheduledAt);
        builder.Property(p => p.Caption).HasMaxLength(2200);
        builder.Property(p => p.Language).HasMaxLength(2);
        builder.Property(p => p.Target).HasMaxLength(500);
        builder.Property(p => p.Campaign).HasMaxLength(100);
        builder.Property(p => p.Reference).HasMaxLength(10);
        builder.Ignore(p => p.EngagementRate);
    }
}

internal sealed class SoldOrderConfiguration : IEntityTypeConfiguration<Influencers.SoldOrder>
{
    public void Configure(EntityTypeBuilder<Influencers.SoldOrder> builder)
    {
        builder.ToTable("marketing_sold_orders");
        builder.HasKey(o => o.OrderId);
        builder.Property(o => o.OrderId).ValueGeneratedNever();
        builder.Property(o => o.Email).HasMaxLength(254);
        builder.Property(o => o.Currency).HasMaxLength(3);
        builder.Property(o => o.DiscountCode).HasMaxLength(64);
        builder.HasIndex(o => o.PlacedAt);
        builder.HasIndex(o => o.Email);
        builder.HasIndex(o => o.DiscountCode);
    }
}
