using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vetrina.Catalog.Domain;
using Vetrina.Data;
using Vetrina.Catalog.Contracts;

namespace Vetrina.Catalog.Data;

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> builder)
    {
        builder.ToTable("catalog_categories");
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.Code).HasMaxLength(80);
        builder.HasLocalizedText(c => c.Name, "Name", 100);
        builder.Property(c => c.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.SizeType).HasConversion<string>().HasMaxLength(20);
        builder.HasOne(c => c.Parent).WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
