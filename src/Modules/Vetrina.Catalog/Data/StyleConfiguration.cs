using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vetrina.Catalog.Domain;
using Vetrina.Data;
using Vetrina.Catalog.Contracts;

namespace Vetrina.Catalog.Data;

internal sealed class StyleConfiguration : IEntityTypeConfiguration<Style>
{
    public void Configure(EntityTypeBuilder<Style> builder)
    {
        builder.ToTable("catalog_styles");
        builder.HasIndex(s => s.Code).IsUnique();
        builder.Property(s => s.Code).HasMaxLength(40);
        builder.HasLocalizedText(s => s.Name, "Name", 200);
        builder.HasLocalizedText(s => s.Description, "Description", 4000);
        builder.HasLocalizedText(s => s.Care, "Care", 1000);
        builder.Property(s => s.CountryOfOrigin).HasMaxLength(2);
        builder.Property(s => s.Lifecycle).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Gender).HasConversion<string>().HasMaxLength(10);
        builder.Property(s => s.Revision).IsConcurrencyToken();
        builder.HasOne<Category>().WithMany().HasForeignKey(s => s.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Season>().WithMany().HasForeignKey(s => s.SeasonId).OnDelete(DeleteBehavior.Restrict);

        builder.OwnsMany(s => s.Composition, fibre =>
        {
            fibre.ToTable("catalog_style_fibres");
            fibre.WithOwner().HasForeignKey("StyleId");
            fibre.Property<int>("Id");
            fibre.HasKey("Id");
            fibre.Property(f => f.Fibre).HasConversion<string>().HasMaxLength(20);
        });
        builder.Navigation(s => s.Composition).HasField("composition");

        builder.HasMany(s => s.Colourways).WithOne().HasForeignKey(c => c.StyleId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Colourways).HasField("colourways");
        builder.HasMany(s => s.Prices).WithOne().HasForeignKey(p => p.StyleId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Prices).HasField("prices");
        builder.HasMany(s => s.Handles).WithOne().HasForeignKey(h => h.StyleId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Handles).HasField("handles");
    }
}
