using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vetrina.Helpdesk.Domain;

namespace Vetrina.Helpdesk.Data;

internal sealed class TicketConfiguration : IEntityTypeConfiguration<Ticket>
{
    public void Configure(EntityTypeBuilder<Ticket> builder)
    {
        builder.ToTable("helpdesk_tickets");
        builder.HasIndex(t => t.Key).IsUnique();
        builder.HasIndex(t => t.Token).IsUnique();
        builder.HasIndex(t => t.Email);
        builder.HasIndex(t => new { t.Status, t.UpdatedAt });
        builder.HasIndex(t => new { t.Assignee, t.Status });
        builder.HasIndex(t => t.OrderNumber);
        builder.HasIndex(t => t.DueAt);
        builder.Property(t => t.Market).HasMaxLength(8);
        builder.Property(t => t.SatisfactionComment).HasMaxLength(Ticket.MaxComment);
        builder.Property(t => t.Key).HasMaxLength(64);
        builder.Property(t => t.Token).HasMaxLength(32);
        builder.Property(t => t.Email).HasMaxLength(254);
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.CustomerId).HasMaxLength(64);
        builder.Property(t => t.Language).HasMaxLength(2);
        builder.Property(t => t.Topic).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Priority).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.OrderNumber).HasMaxLength(32);
        builder.Property(t => t.Assignee).HasMaxLength(256);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Ignore(t => t.Number);
        builder.Ignore(t => t.TagList);
        builder.Property(t => t.Tags).HasMaxLength(((Ticket.MaxTag + 1) * Ticket.MaxTags) + 1);
        builder.HasMany(t => t.Messages).WithOne().HasForeignKey(m => m.TicketId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Messages).HasField("messages");
    }
}

internal sealed class TicketMessageConfiguration : IEntityTypeConfiguration<TicketMessage>
{
    public void Configure(EntityTypeBuilder<TicketMessage> builder)
    {
        builder.ToTable("helpdesk_messages");
        builder.Property(m => m.Author).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.AuthorName).HasMaxLength(256);
        builder.Property(m => m.Text).HasMaxLength(TicketRules.MaxText);
        builder.Property(m => m.MessageId).HasMaxLength(300);
        builder.Property(m => m.Html).HasMaxLength(200_000);
        builder.HasIndex(m => m.MessageId);
        builder.HasIndex(m => new { m.Indexed, m.Id });
        builder.HasMany(m => m.Attachments).WithOne().HasForeignKey(a => a.TicketMessageId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Attachments).HasField("attachments");
    }
}

internal sealed class TicketAttachmentConfiguration : IEntityTypeConfiguration<TicketAttachment>
{
    public void Configure(EntityTypeBuilder<TicketAttachment> builder)
    {
        builder.ToTable("helpdesk_attachments");
        builder.Property(a => a.FileName).HasMaxLength(Attachments.AttachmentIntake.MaxFileName);
        builder.Property(a => a.ContentType).HasMaxLength(100);
    }
}

internal sealed class AgentPresenceConfiguration : IEntityTypeConfiguration<AgentPresence>
{
    public void Configure(EntityTypeBuilder<AgentPresence> builder)
    {
        builder.ToTable("helpdesk_presence");
        builder.HasKey(p => new { p.TicketId, p.Agent });
        builder.Property(p => p.Agent).HasMaxLength(256);
        builder.HasOne<Ticket>().WithMany().HasForeignKey(p => p.TicketId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TicketTermConfiguration : IEntityTypeConfiguration<TicketTerm>
{
    public void Configure(EntityTypeBuilder<TicketTerm> builder)
    {
        builder.ToTable("helpdesk_search_terms");
        builder.HasKey(t => new { t.Term, t.TicketId });
        builder.Property(t => t.Term).HasMaxLength(Search.SearchTerms.MaxLength);
        builder.HasOne<Ticket>().WithMany().HasForeignKey(t => t.TicketId).OnDelete(DeleteBehavior.Cascade);
    }
}
