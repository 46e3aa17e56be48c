using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vetrina.Catalog.Domain;
using Vetrina.Data;
using Vetrina.Catalog.Contracts;

namespace Vetrina.Catalog.Data;

internal sealed class CollectionConfiguration : IEntityTypeConfiguration<Collection>
{
    public void Configure(EntityTypeBuilder<Collection> builder)
    {
        builder.ToTable("catalog_collections");
        builder.HasLocalizedText(c => c.Title, "Title", 200);
        builder.HasLocalizedText(c => c.Handle, "Handle", 200);
        builder.HasLocalizedText(c => c.Description, "Description", 2000);
        builder.ComplexProperty(c => c.Rule, rule =>
        {
            rule.Property(r => r.CategoryId).HasColumnName("RuleCategoryId");
            rule.Property(r => r.SeasonId).HasColumnName("RuleSeasonId");
            rule.Property(r => r.Gender).HasColumnName("RuleGender").HasConversion<string>().HasMaxLength(10);
            rule.Property(r => r.OnlyMarkdown).HasColumnName("RuleOnlyMarkdown");
            rule.Property(r => r.OnlyNewIn).HasColumnName("RuleOnlyNewIn");
            rule.Ignore(r => r.IsEmpty);
        });
        builder.HasMany(c => c.Items).WithOne().HasForeignKey(i => i.CollectionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Items).HasField("items");
    }
}

internal sealed class CollectionItemConfiguration : IEntityTypeConfiguration<CollectionItem>
{
    public void Configure(EntityTypeBuilder<CollectionItem> builder)
    {
        builder.ToTable("catalog_collection_items");
        builder.HasKey(i => new { i.CollectionId, i.StyleId });
        builder.HasOne<Style>().WithMany().HasForeignKey(i => i.StyleId).OnDelete(DeleteBehavior.Cascade);
    }
}
