using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vetrina.Catalog.Domain;

namespace Vetrina.Catalog.Data;

internal sealed class StyleHandleConfiguration : IEntityTypeConfiguration<StyleHandle>
{
    public void Configure(EntityTypeBuilder<StyleHandle> builder)
    {
        builder.ToTable("catalog_style_handles");
        // A slug points at one style per language, forever: retired slugs keep redirecting.
        builder.HasIndex(h => new { h.Language, h.Value }).IsUnique();
        builder.Property(h => h.Language).HasMaxLength(2);
        builder.Property(h => h.Value).HasMaxLength(200);
    }
}
