using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vetrina.Data;
using Vetrina.EmailMarketing.Campaigns;
using Vetrina.EmailMarketing.Contacts;
using Vetrina.EmailMarketing.Segments;
using Vetrina.EmailMarketing.Templates;

namespace Vetrina.EmailMarketing.Data;

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.ToTable("email_contacts");
        builder.HasIndex(c => c.Email).IsUnique();
        builder.HasIndex(c => c.CustomerId);
        builder.HasIndex(c => new { c.Consent, c.Country });
        builder.Property(c => c.Email).HasMaxLength(254);
        builder.Property(c => c.FirstName).HasMaxLength(100);
        builder.Property(c => c.LastName).HasMaxLength(100);
        builder.Property(c => c.Language).HasMaxLength(2);
        builder.Property(c => c.Country).HasMaxLength(2);
        builder.Property(c => c.TimeZone).HasMaxLength(64);
        builder.Property(c => c.CustomerId).HasMaxLength(64);
        builder.Property(c => c.Source).HasMaxLength(32);
        builder.Property(c => c.Rfm).HasMaxLength(3);
        builder.Property(c => c.RfmSegment).HasMaxLength(32);
    }
}

internal sealed class ContactVisitorConfiguration : IEntityTypeConfiguration<ContactVisitor>
{
    public void Configure(EntityTypeBuilder<ContactVisitor> builder)
    {
        builder.ToTable("email_contact_visitors");
        builder.HasKey(v => new { v.VisitorId, v.Email });
        builder.Property(v => v.Email).HasMaxLength(254);
    }
}

internal sealed class SuppressionConfiguration : IEntityTypeConfiguration<Suppression>
{
    public void Configure(EntityTypeBuilder<Suppression> builder)
    {
        builder.ToTable("email_suppressions");
        builder.HasIndex(s => s.Email).IsUnique();
        builder.Property(s => s.Email).HasMaxLength(254);
        builder.Property(s => s.Detail).HasMaxLength(500);
    }
}

internal sealed class ContactListConfiguration : IEntityTypeConfiguration<ContactList>
{
    public void Configure(EntityTypeBuilder<ContactList> builder)
    {
        builder.ToTable("email_lists");
        builder.HasIndex(l => l.Name).IsUnique();
        builder.Property(l => l.Name).HasMaxLength(100);
    }
}

internal sealed class ListMemberConfiguration : IEntityTypeConfiguration<ListMember>
{
    public void Configure(EntityTypeBuilder<ListMember> builder)
    {
        builder.ToTable("email_list_members");
        builder.HasKey(m => new { m.ListId, m.ContactId });
        builder.HasIndex(m => m.ContactId);
    }
}

internal sealed class OptInRequestConfiguration : IEntityTypeConfiguration<OptInRequest>
{
    public void Configure(EntityTypeBuilder<OptInRequest> builder)
    {
        builder.ToTable("email_optin_requests");
        builder.HasIndex(r => r.TokenHash).IsUnique();
        builder.HasIndex(r => r.ContactId);
        builder.Property(r => r.TokenHash).HasMaxLength(64);
        builder.Property(r => r.Source).HasMaxLength(100);
    }
}

internal sealed class SyncMarkConfiguration : IEntityTypeConfiguration<SyncMark>
{
    public void Configure(EntityTypeBuilder<SyncMark> builder)
    {
        builder.ToTable("email_sync_marks");
        builder.HasKey(m => m.Name);
        builder.Property(m => m.Name).HasMaxLength(64);
    }
}

internal sealed class SegmentConfiguration : IEntityTypeConfiguration<Segment>
{
    public void Configure(EntityTypeBuilder<Segment> builder)
    {
        builder.ToTable("email_segments");
        builder.HasIndex(s => s.Name).IsUnique();
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.Property(s => s.Definition).HasMaxLength(20000);
        builder.Ignore(s => s.Conditions);
    }
}

internal sealed class EmailTemplateConfiguration : IEntityTypeConfiguration<EmailTemplate>
{
    public void Configure(EntityTypeBuilder<EmailTemplate> builder)
    {
        builder.ToTable("email_templates");
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.HasLocalizedText(t => t.Subject, "Subject", 300);
        builder.HasLocalizedText(t => t.Preheader, "Preheader", 300);
        builder.HasLocalizedText(t => t.Body, "Body", 200_000);
    }
}

internal sealed class EmailCampaignConfiguration : IEntityTypeConfiguration<EmailCampaign>
{
    public void Configure(EntityTypeBuilder<EmailCampaign> builder)
    {
        builder.ToTable("email_campaigns");
        builder.HasIndex(c => c.Status);
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.UtmCampaign).HasMaxLength(100);
        builder.Property(c => c.ProductCodes).HasMaxLength(2000);
        builder.Property(c => c.SubjectB).HasMaxLength(300);
        builder.Property(c => c.LinkKey).HasMaxLength(64);
        builder.Property(c => c.CreatedBy).HasMaxLength(256);
    }
}

internal sealed class EmailSendConfiguration : IEntityTypeConfiguration<EmailSend>
{
    public void Configure(EntityTypeBuilder<EmailSend> builder)
    {
        builder.ToTable("email_sends");
        builder.HasIndex(s => new { s.CampaignId, s.ContactId, s.RunId }).IsUnique();
        builder.HasIndex(s => s.Token).IsUnique();
        builder.HasIndex(s => s.ClaimToken);
        // Column name from before recipients shared the work queue (LeasedWork).
        builder.Property(s => s.FinishedAt).HasColumnName("SentAt");
        builder.HasIndex(s => new { s.CampaignId, s.FinishedAt, s.DueAt });
        builder.Property(s => s.Email).HasMaxLength(254);
        builder.Property(s => s.Language).HasMaxLength(2);
        builder.Property(s => s.Country).HasMaxLength(2);
        builder.Property(s => s.Token).HasMaxLength(32);
        builder.Property(s => s.Skipped).HasMaxLength(32);
        builder.Property(s => s.LastError).HasMaxLength(500);
        builder.Property(s => s.Data).HasMaxLength(20000);
    }
}

internal sealed class AutomationConfiguration : IEntityTypeConfiguration<Automations.Automation>
{
    public void Configure(EntityTypeBuilder<Automations.Automation> builder)
    {
        builder.ToTable("email_automations");
        builder.HasIndex(a => a.Kind).IsUnique();
        builder.Property(a => a.Name).HasMaxLength(100);
        builder.HasMany(a => a.Steps).WithOne().HasForeignKey(s => s.AutomationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Steps).HasField("steps");
    }
}

internal sealed class AutomationStepConfiguration : IEntityTypeConfiguration<Automations.AutomationStep>
{
    public void Configure(EntityTypeBuilder<Automations.AutomationStep> builder) => builder.ToTable("email_automation_steps");
}

internal sealed class AutomationRunConfiguration : IEntityTypeConfiguration<Automations.AutomationRun>
{
    public void Configure(EntityTypeBuilder<Automations.AutomationRun> builder)
    {
        builder.ToTable("email_automation_runs");
        builder.HasIndex(r => new { r.AutomationId, r.ContactId, r.Key }).IsUnique();
        builder.HasIndex(r => new { r.EndedAt, r.NextAt });
        builder.Property(r => r.Key).HasMaxLength(100);
        builder.Property(r => r.EndReason).HasMaxLength(32);
        builder.Property(r => r.Data).HasMaxLength(20000);
    }
}
