using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vetrina.Helpdesk.Domain;

namespace Vetrina.Helpdesk.Data;

internal sealed class CannedReplyConfiguration : IEntityTypeConfiguration<CannedReply>
{
    public void Configure(EntityTypeBuilder<CannedReply> builder)
    {
        builder.ToTable("helpdesk_canned_replies");
        builder.HasIndex(r => new { r.Language, r.Title }).IsUnique();
        builder.Property(r => r.Title).HasMaxLength(Replies.CannedReplies.MaxTitle);
        builder.Property(r => r.Language).HasMaxLength(2);
        builder.Property(r => r.Body).HasMaxLength(TicketRules.MaxText);
        builder.Property(r => r.UpdatedBy).HasMaxLength(256);
    }
}

internal sealed class CannedReplyFileConfiguration : IEntityTypeConfiguration<CannedReplyFile>
{
    public void Configure(EntityTypeBuilder<CannedReplyFile> builder)
    {
        builder.ToTable("helpdesk_canned_reply_files");
        builder.Property(f => f.FileName).HasMaxLength(Attachments.AttachmentIntake.MaxFileName);
        builder.Property(f => f.ContentType).HasMaxLength(100);
        builder.HasOne<CannedReply>().WithMany().HasForeignKey(f => f.CannedReplyId).OnDelete(DeleteBehavior.Cascade);
    }
}
