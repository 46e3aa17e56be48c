using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vetrina.Privacy.Ledger;

namespace Vetrina.Privacy.Data;

internal sealed class ConsentEntryConfiguration : IEntityTypeConfiguration<ConsentEntry>
{
    public void Configure(EntityTypeBuilder<ConsentEntry> builder)
    {
        builder.ToTable("privacy_consent_ledger");
        builder.Property(e => e.Email).HasMaxLength(254);
        builder.Property(e => e.CustomerId).HasMaxLength(450);
        builder.Property(e => e.Purpose).HasMaxLength(40);
        builder.Property(e => e.Channel).HasMaxLength(16);
        // Stored by name, so the ledger reads the same in a database console as in the back office.
        builder.Property(e => e.Decision).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Source).HasMaxLength(24);
        builder.Property(e => e.Reference).HasMaxLength(200);
        builder.Property(e => e.TextVersion).HasMaxLength(64);
        builder.Property(e => e.Text).HasMaxLength(1000);
        builder.Property(e => e.Language).HasMaxLength(2);
        builder.Property(e => e.Country).HasMaxLength(2);
        builder.Property(e => e.IpAddress).HasMaxLength(45);
        builder.Property(e => e.UserAgent).HasMaxLength(300);
        builder.HasIndex(e => e.Email);
        builder.HasIndex(e => e.VisitorId);
        builder.HasIndex(e => e.At);
    }
}
