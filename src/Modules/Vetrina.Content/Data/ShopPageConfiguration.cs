using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vetrina.Content.ShopPages;
using Vetrina.Data;

namespace Vetrina.Content.Data;

internal sealed class ShopPageConfiguration : IEntityTypeConfiguration<ShopPage>
{
    public void Configure(EntityTypeBuilder<ShopPage> builder)
    {
        builder.ToTable("content_pages");
        builder.HasIndex(p => p.Handle).IsUnique();
        builder.Property(p => p.Handle).HasMaxLength(60);
        builder.Property(p => p.UpdatedBy).HasMaxLength(256);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasLocalizedText(p => p.Title, "Title", 200);
        builder.HasLocalizedText(p => p.Body, "Body", 100_000);
        builder.HasMany(p => p.Versions).WithOne().HasForeignKey(v => v.ShopPageId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Versions).HasField("versions");
    }
}

internal sealed class ShopPageVersionConfiguration : IEntityTypeConfiguration<ShopPageVersion>
{
    public void Configure(EntityTypeBuilder<ShopPageVersion> builder)
    {
        builder.ToTable("content_page_versions");
        builder.HasIndex(v => new { v.ShopPageId, v.Version }).IsUnique();
        builder.Property(v => v.SavedBy).HasMaxLength(256);
        builder.HasLocalizedText(v => v.Title, "Title", 200);
        builder.HasLocalizedText(v => v.Body, "Body", 100_000);
    }
}
