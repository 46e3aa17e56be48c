using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vetrina.Admin.ApiTokens;

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.ToTable("admin_api_tokens");
        builder.HasIndex(t => t.Hash).IsUnique();
        builder.Property(t => t.Name).HasMaxLength(80);
        builder.Property(t => t.Role).HasMaxLength(40);
        builder.Property(t => t.Hash).HasMaxLength(64);
        builder.Property(t => t.Hint).HasMaxLength(4);
        builder.Property(t => t.CreatedBy).HasMaxLength(256);
    }
}
