using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vetrina.Customers.Addresses;
using Vetrina.Data;

namespace Vetrina.Customers.Data;

internal sealed class SavedAddressConfiguration : IEntityTypeConfiguration<SavedAddress>
{
    public void Configure(EntityTypeBuilder<SavedAddress> builder)
    {
        builder.ToTable("customers_addresses");
        builder.Property(a => a.CustomerId).HasMaxLength(450);
        builder.HasIndex(a => a.CustomerId);
        builder.ComplexProperty(a => a.Address).MapPostalAddress("");
    }
}
