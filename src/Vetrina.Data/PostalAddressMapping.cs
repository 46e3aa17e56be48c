using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vetrina.Kernel.Addresses;

namespace Vetrina.Data;

public static class PostalAddressMapping
{
    /// <summary>Maps a <see cref="PostalAddress"/> to one column per field, each named with <paramref name="prefix"/> ("ShipCity").</summary>
    public static void MapPostalAddress(this ComplexPropertyBuilder<PostalAddress> address, string prefix)
    {
        address.Property(a => a.Name).HasColumnName(prefix + "Name").HasMaxLength(AddressRules.MaxName);
        address.Property(a => a.Line1).HasColumnName(prefix + "Line1").HasMaxLength(AddressRules.MaxLine);
        address.Property(a => a.Line2).HasColumnName(prefix + "Line2").HasMaxLength(AddressRules.MaxLine);
        address.Property(a => a.City).HasColumnName(prefix + "City").HasMaxLength(AddressRules.MaxCity);
        address.Property(a => a.Region).HasColumnName(prefix + "Region").HasMaxLength(50);
        address.Property(a => a.PostalCode).HasColumnName(prefix + "PostalCode").HasMaxLength(12);
        address.Property(a => a.CountryCode).HasColumnName(prefix + "Country").HasMaxLength(2);
        address.Property(a => a.Phone).HasColumnName(prefix + "Phone").HasMaxLength(30);
    }
}
