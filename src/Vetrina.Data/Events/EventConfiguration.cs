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
            // The stream check: is anything earlier of this handler's stream still open?
            delivery.HasIndex(d => new { d.Handler, d.Stream, d.Id });
            delivery.HasIndex(d => d.ClaimToken);
        });
    }
}
