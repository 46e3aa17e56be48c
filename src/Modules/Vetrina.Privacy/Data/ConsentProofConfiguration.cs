using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vetrina.Privacy.Domain;

namespace Vetrina.Privacy.Data;

internal sealed class ConsentProofConfiguration : IEntityTypeConfiguration<ConsentProof>
{
    public void Configure(EntityTypeBuilder<ConsentProof> builder)
    {
        builder.ToTable("privacy_consents");
        builder.HasIndex(p => p.VisitorId);
        builder.HasIndex(p => p.At);
        builder.Property(p => p.PolicyVersion).HasMaxLength(16);
        builder.Property(p => p.Language).HasMaxLength(2);
        builder.Property(p => p.Source).HasMaxLength(20);
    }
}
