using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vetrina.Analytics.Domain;

namespace Vetrina.Analytics.Data;

internal sealed class RawEventConfiguration : IEntityTypeConfiguration<RawEvent>
{
    public void Configure(EntityTypeBuilder<RawEvent> builder)
    {
        builder.ToTable("analytics_events");
        // Sessions are rebuilt a day at a time, one visitor's events in order.
        builder.HasIndex(e => new { e.Day, e.VisitorId, e.OccurredAt });
        // The visitors whose events the aggregation has not merged yet: a small part of a busy day.
        builder.HasIndex(e => new { e.Day, e.VisitorId }, "IX_analytics_events_Pending").HasFilter("\"Pending\"");
        builder.HasIndex(e => e.TransactionId);
        builder.Property(e => e.UserId).HasMaxLength(64);
        builder.Property(e => e.Name).HasMaxLength(40);
        builder.Property(e => e.Page).HasMaxLength(EventLimits.Url);
        builder.Property(e => e.Referrer).HasMaxLength(EventLimits.Url);
        builder.Property(e => e.Source).HasMaxLength(EventLimits.Text);
        builder.Property(e => e.Medium).HasMaxLength(EventLimits.Text);
        builder.Property(e => e.Campaign).HasMaxLength(EventLimits.Text);
        builder.Property(e => e.Content).HasMaxLength(EventLimits.Text);
        builder.Property(e => e.Term).HasMaxLength(EventLimits.Text);
        builder.Property(e => e.ClickId).HasMaxLength(8);
        builder.Property(e => e.ClickKey).HasMaxLength(EventLimits.Text);
        builder.Property(e => e.CampaignId).HasMaxLength(EventLimits.Text);
        builder.Property(e => e.Country).HasMaxLength(2);
        builder.Property(e => e.Language).HasMaxLength(2);
        builder.Property(e => e.Market).HasMaxLength(8);
        builder.Property(e => e.TransactionId).HasMaxLength(EventLimits.Text);
        builder.Property(e => e.Currency).HasMaxLength(3);
    }
}

internal sealed class VisitorSaltConfiguration : IEntityTypeConfiguration<VisitorSalt>
{
    public void Configure(EntityTypeBuilder<VisitorSalt> builder)
    {
        builder.ToTable("analytics_salts");
        builder.HasKey(s => s.Day);
        builder.Property(s => s.Salt).HasMaxLength(32);
    }
}

internal sealed class PendingDayConfiguration : IEntityTypeConfiguration<PendingDay>
{
    public void Configure(EntityTypeBuilder<PendingDay> builder)
    {
        builder.ToTable("analytics_days");
        builder.HasKey(d => d.Day);
        builder.Property(d => d.Incremental).HasDefaultValue(false);
    }
}

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> builder)
    {
        builder.ToTable("analytics_sessions");
        builder.HasIndex(s => s.Day);
        // Attribution walks a buyer's sessions back through the lookback window.
        builder.HasIndex(s => new { s.VisitorId, s.StartedAt });
        builder.Property(s => s.UserId).HasMaxLength(64);
        builder.Property(s => s.Landing).HasMaxLength(EventLimits.Url);
        builder.Property(s => s.Source).HasMaxLength(EventLimits.Text);
        builder.Property(s => s.Medium).HasMaxLength(EventLimits.Text);
        builder.Property(s => s.Campaign).HasMaxLength(EventLimits.Text);
        builder.Property(s => s.Country).HasMaxLength(2);
        builder.Property(s => s.Language).HasMaxLength(2);
        builder.Property(s => s.Market).HasMaxLength(8);
    }
}

internal sealed class DailyFiguresConfiguration : IEntityTypeConfiguration<DailyFigures>
{
    public void Configure(EntityTypeBuilder<DailyFigures> builder)
    {
        builder.ToTable("analytics_daily");
        builder.HasIndex(d => new { d.Day, d.Market, d.Language, d.Channel, d.Device }).IsUnique();
        // Only days built before distinct counting have cells without visitors: the reports ask whether a period has any.
        builder.HasIndex(d => d.Day, "IX_analytics_daily_Day_WithoutVisitors").HasFilter("\"Visitors\" IS NULL");
        builder.Property(d => d.Market).HasMaxLength(8);
        builder.Property(d => d.Language).HasMaxLength(2);
    }
}

internal sealed class DailyBreakdownConfiguration : IEntityTypeConfiguration<DailyBreakdown>
{
    public void Configure(EntityTypeBuilder<DailyBreakdown> builder)
    {
        builder.ToTable("analytics_daily_breakdowns");
        builder.HasIndex(d => new { d.Dimension, d.Day, d.Market, d.Value }).IsUnique();
        builder.Property(d => d.Market).HasMaxLength(8);
        builder.Property(d => d.Value).HasMaxLength(EventLimits.Url);
    }
}

internal sealed class DailyReachConfiguration : IEntityTypeConfiguration<DailyReach>
{
    public void Configure(EntityTypeBuilder<DailyReach> builder)
    {
        builder.ToTable("analytics_daily_reach");
        builder.HasIndex(r => new { r.Grouping, r.Day, r.Value }).IsUnique();
        builder.Property(r => r.Value).HasMaxLength(20);
    }
}

internal sealed class MonthlyReachConfiguration : IEntityTypeConfiguration<MonthlyReach>
{
    public void Configure(EntityTypeBuilder<MonthlyReach> builder)
    {
        builder.ToTable("analytics_monthly_reach");
        builder.HasIndex(r => new { r.Grouping, r.Month, r.Value }).IsUnique();
        builder.Property(r => r.Value).HasMaxLength(20);
    }
}

internal sealed class BagConfiguration : IEntityTypeConfiguration<Bag>
{
    public void Configure(EntityTypeBuilder<Bag> builder)
    {
        builder.ToTable("analytics_bags");
        builder.HasIndex(b => new { b.CartId, b.Stage }).IsUnique();
        builder.HasIndex(b => new { b.Day, b.Stage });
        builder.Property(b => b.CartId).HasMaxLength(EventLimits.Text);
        builder.Property(b => b.Market).HasMaxLength(8);
        builder.Property(b => b.Language).HasMaxLength(2);
        builder.Property(b => b.Campaign).HasMaxLength(EventLimits.Text);
    }
}

internal sealed class DailyProductConfiguration : IEntityTypeConfiguration<DailyProduct>
{
    public void Configure(EntityTypeBuilder<DailyProduct> builder)
    {
        builder.ToTable("analytics_daily_products");
        builder.HasIndex(d => new { d.Day, d.Market, d.ItemId, d.Size }).IsUnique();
        builder.Property(d => d.Market).HasMaxLength(8);
        builder.Property(d => d.ItemId).HasMaxLength(EventLimits.Text);
        builder.Property(d => d.Size).HasMaxLength(EventLimits.Text);
        builder.Property(d => d.Name).HasMaxLength(EventLimits.Text);
    }
}

internal sealed class ConversionConfiguration : IEntityTypeConfiguration<Conversion>
{
    public void Configure(EntityTypeBuilder<Conversion> builder)
    {
        builder.ToTable("analytics_conversions");
        builder.HasKey(c => c.TransactionId);
        builder.HasIndex(c => c.Day);
        builder.HasIndex(c => c.UserId);
        builder.Property(c => c.TransactionId).HasMaxLength(EventLimits.Text);
        builder.Property(c => c.UserId).HasMaxLength(64);
        builder.Property(c => c.Market).HasMaxLength(8);
        builder.Property(c => c.Language).HasMaxLength(2);
        builder.Property(c => c.SourceMedium).HasMaxLength(2 * EventLimits.Text + 3);
        builder.Property(c => c.Campaign).HasMaxLength(EventLimits.Text);
        builder.Property(c => c.Landing).HasMaxLength(EventLimits.Url);
        builder.Property(c => c.Country).HasMaxLength(2);
        builder.Property(c => c.CartId).HasMaxLength(EventLimits.Text);
        builder.HasIndex(c => c.CartId);
        builder.Property(c => c.Currency).HasMaxLength(3);
    }
}

internal sealed class KnownVisitorConfiguration : IEntityTypeConfiguration<KnownVisitor>
{
    public void Configure(EntityTypeBuilder<KnownVisitor> builder)
    {
        builder.ToTable("analytics_visitors");
        builder.HasKey(v => v.VisitorId);
    }
}

internal sealed class ExchangeRateConfiguration : IEntityTypeConfiguration<ExchangeRate>
{
    public void Configure(EntityTypeBuilder<ExchangeRate> builder)
    {
        builder.ToTable("analytics_exchange_rates");
        builder.HasIndex(r => new { r.Currency, r.ValidFrom }).IsUnique();
        builder.Property(r => r.Currency).HasMaxLength(3);
        builder.Property(r => r.PerReportingUnit).HasPrecision(18, 6);
    }
}

internal sealed class RefundRecordConfiguration : IEntityTypeConfiguration<RefundRecord>
{
    public void Configure(EntityTypeBuilder<RefundRecord> builder)
    {
        builder.ToTable("analytics_refunds");
        builder.HasIndex(r => r.Day);
        builder.HasIndex(r => r.UserId);
        builder.Property(r => r.TransactionId).HasMaxLength(EventLimits.Text);
        builder.Property(r => r.UserId).HasMaxLength(64);
        builder.Property(r => r.Market).HasMaxLength(8);
        builder.Property(r => r.Currency).HasMaxLength(3);
    }
}

internal sealed class AdSpendConfiguration : IEntityTypeConfiguration<Spend.AdSpend>
{
    public void Configure(EntityTypeBuilder<Spend.AdSpend> builder)
    {
        builder.ToTable("analytics_ad_spend");
        builder.HasIndex(s => new { s.Network, s.Day, s.Campaign }).IsUnique();
        builder.HasIndex(s => s.Day);
        builder.Property(s => s.Campaign).HasMaxLength(EventLimits.Text);
        builder.Property(s => s.Currency).HasMaxLength(3);
        builder.Property(s => s.CampaignId).HasMaxLength(EventLimits.Text);
        builder.HasIndex(s => s.CampaignId);
    }
}

internal sealed class AdClickConfiguration : IEntityTypeConfiguration<Spend.AdClick>
{
    public void Configure(EntityTypeBuilder<Spend.AdClick> builder)
    {
        builder.ToTable("analytics_ad_clicks");
        builder.HasKey(c => c.ClickKey);
        builder.Property(c => c.ClickKey).HasMaxLength(EventLimits.Text);
        builder.Property(c => c.Campaign).HasMaxLength(EventLimits.Text);
    }
}

internal sealed class AdSpendImportConfiguration : IEntityTypeConfiguration<Spend.AdSpendImport>
{
    public void Configure(EntityTypeBuilder<Spend.AdSpendImport> builder)
    {
        builder.ToTable("analytics_ad_spend_imports");
        builder.HasIndex(i => i.Hash).IsUnique();
        builder.Property(i => i.FileName).HasMaxLength(200);
        builder.Property(i => i.Hash).HasMaxLength(64);
        builder.Property(i => i.Actor).HasMaxLength(256);
    }
}

internal sealed class DataStreamConfiguration : IEntityTypeConfiguration<DataStream>
{
    public void Configure(EntityTypeBuilder<DataStream> builder)
    {
        builder.ToTable("analytics_streams");
        builder.Property(s => s.Name).HasMaxLength(DataStream.NameLength);
        builder.Property(s => s.SecretHash).HasMaxLength(64);
        builder.HasIndex(s => s.SecretHash).IsUnique();
        builder.Property(s => s.CreatedBy).HasMaxLength(200);
    }
}
