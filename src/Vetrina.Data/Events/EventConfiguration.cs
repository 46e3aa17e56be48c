using Microsoft.EntityFrameworkCore;

namespace Vetrina.Data.Events;

internal static class EventConfiguration
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<EventRecord>(record =>
        {
            record.ToTable("platform_events");
            record.HasIndex(e => e.EventId).IsUnique();
            record.Property(e => e.Name).HasMaxLength(128);
            record.Property(e => e.Stream).HasMaxLength(128);
            record.HasIndex(e => e.RecordedAt);
        });
        builder.Entity<EventDelivery>(delivery =>
        {
            delivery.ToTable("platform_event_deliveries");
            delivery.Property(d => d.Handler).HasMaxLength(128);
            delivery.Property(d => d.Stream).HasMaxLength(128);
            delivery.Property(d => d.LastError).HasMaxLength(1000);
            delivery.HasOne(d => d.Event).WithMany().HasForeignKey(d => d.EventRecordId).OnDelete(DeleteBehavior.Restrict);
            delivery.HasIndex(d => new { d.FinishedAt, d.DeadLetteredAt, d.DueAt });
            // The heads of the streams: the oldest open delivery per (handler, stream). Only open rows are indexed, so the
            // index stays as small as the backlog however many finished deliveries are kept.
            delivery.HasIndex(d => new { d.Handler, d.Stream, d.Id }).HasFilter("\"FinishedAt\" IS NULL AND \"DeadLetteredAt\" IS NULL");
            delivery.HasIndex(d => d.ClaimToken);
        });
    }
}
