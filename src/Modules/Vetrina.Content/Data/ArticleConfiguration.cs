using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vetrina.Content.Articles;
using Vetrina.Data;

namespace Vetrina.Content.Data;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.ToTable("content_articles");
        builder.HasIndex(a => new { a.Blog, a.PublishAt });
        builder.Property(a => a.Blog).HasMaxLength(40);
        builder.Property(a => a.Author).HasMaxLength(100);
        builder.Property(a => a.CoverUrl).HasMaxLength(500);
        builder.HasLocalizedText(a => a.Handle, "Handle", 200);
        builder.HasLocalizedText(a => a.Title, "Title", 200);
        builder.HasLocalizedText(a => a.Summary, "Summary", 500);
        builder.HasLocalizedText(a => a.Body, "Body", 100_000);
        builder.HasLocalizedText(a => a.CoverAlt, "CoverAlt", 300);
    }
}
