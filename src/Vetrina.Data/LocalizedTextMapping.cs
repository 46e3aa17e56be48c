using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vetrina.Kernel;

namespace Vetrina.Data;

public static class LocalizedTextMapping
{
    /// <summary>Maps a <see cref="LocalizedText"/> to one column per language (NameEn, NameIt, NameKo): queryable and indexable on every provider.</summary>
    public static EntityTypeBuilder<T> HasLocalizedText<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, LocalizedText?>> property, string prefix, int maxLength)
        where T : class
    {
        builder.ComplexProperty(property, text =>
        {
            text.Property(t => t.En).HasColumnName(prefix + "En").HasMaxLength(maxLength).IsRequired();
            text.Property(t => t.It).HasColumnName(prefix + "It").HasMaxLength(maxLength);
            text.Property(t => t.Ko).HasColumnName(prefix + "Ko").HasMaxLength(maxLength);
        });
        return builder;
    }
}
