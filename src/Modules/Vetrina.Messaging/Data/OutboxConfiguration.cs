using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vetrina.Messaging.Outbox;

namespace Vetrina.Messaging.Data;

internal sealed class OutboxConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("messaging_outbox");
        builder.Property(m => m.Reference).HasMaxLength(200);
        builder.HasIndex(m => m.Reference).IsUnique();
        builder.Property(m => m.Recipient).HasMaxLength(254);
        builder.HasIndex(m => m.Recipient);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.Language).HasMaxLength(2);
        builder.Property(m => m.ThreadMessageId).HasMaxLength(120);
        builder.Property(m => m.InReplyTo).HasMaxLength(300);
        builder.Property(m => m.References).HasMaxLength(2000);
        builder.Property(m => m.ReplyTo).HasMaxLength(254);
        builder.Property(m => m.LastError).HasMaxLength(1000);
        // Column names from before the outbox shared the work queue (LeasedWork).
        builder.Property(m => m.FinishedAt).HasColumnName("SentAt");
        builder.HasIndex(m => new { m.FinishedAt, m.DueAt });
        builder.HasMany(m => m.Attachments).WithOne().HasForeignKey(a => a.OutboxMessageId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Attachments).HasField("attachments");
    }
}

internal sealed class OutboxAttachmentConfiguration : IEntityTypeConfiguration<OutboxAttachment>
{
    public void Configure(EntityTypeBuilder<OutboxAttachment> builder)
    {
        builder.ToTable("messaging_outbox_attachments");
        builder.Property(a => a.FileName).HasMaxLength(200);
        builder.Property(a => a.ContentType).HasMaxLength(100);
    }
}
