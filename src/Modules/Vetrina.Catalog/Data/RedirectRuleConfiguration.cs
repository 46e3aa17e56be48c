using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vetrina.Catalog.Seo;

namespace Vetrina.Catalog.Data;

internal sealed class RedirectRuleConfiguration : IEntityTypeConfiguration<RedirectRule>
{
    public void Configure(EntityTypeBuilder<RedirectRule> builder)
    {
        builder.ToTable("catalog_redirects");
        builder.HasIndex(r => r.From).IsUnique();
        builder.Property(r => r.From).HasMaxLength(500);
        builder.Property(r => r.To).HasMaxLength(1000);
        builder.Property(r => r.Actor).HasMaxLength(256);
    }
}
