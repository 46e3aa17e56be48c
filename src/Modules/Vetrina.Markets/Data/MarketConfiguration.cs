using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vetrina.Data;
using Vetrina.Markets.Domain;

namespace Vetrina.Markets.Data;

internal sealed class MarketConfiguration : IEntityTypeConfiguration<Market>
{
    public void Configure(EntityTypeBuilder<Market> builder)
    {
        builder.ToTable("markets_markets");
        builder.HasKey(m => m.Code);
        builder.Property(m => m.Code).HasMaxLength(16);
        builder.HasLocalizedText(m => m.Name, "Name", 100);
        builder.Property(m => m.DefaultLanguage).HasMaxLength(2);
        builder.Property(m => m.CountryCodes).HasMaxLength(1000);
        builder.Property(m => m.TimeZone).HasMaxLength(64);
        builder.Ignore(m => m.Vat);
        builder.Ignore(m => m.Countries);
    }
}
