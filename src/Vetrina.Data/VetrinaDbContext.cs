using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Vetrina.Data.Audit;
using Vetrina.Data.Events;
using Vetrina.Kernel;

namespace Vetrina.Data;

/// <summary>
/// The one database context. Modules contribute their entities through <see cref="ModuleModelExtension"/>, so this
/// project knows no module. Migrations live per provider in Vetrina.Data.Sqlite and Vetrina.Data.PostgreSql:
/// <c>dotnet ef migrations add Name --project src/Vetrina.Data.Sqlite</c> (and the same for PostgreSql).
/// </summary>
public sealed class VetrinaDbContext(DbContextOptions<VetrinaDbContext> options)
    : IdentityDbContext<IdentityUser>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<IdentityUser>().ToTable("identity_users");
        builder.Entity<IdentityRole>().ToTable("identity_roles");
        builder.Entity<IdentityUserRole<string>>().ToTable("identity_user_roles");
        builder.Entity<IdentityUserClaim<string>>().ToTable("identity_user_claims");
        builder.Entity<IdentityUserLogin<string>>().ToTable("identity_user_logins");
        builder.Entity<IdentityUserToken<string>>().ToTable("identity_user_tokens");
        builder.Entity<IdentityRoleClaim<string>>().ToTable("identity_role_claims");
        builder.Entity<DataProtectionKey>().ToTable("platform_data_protection_keys");
        builder.Entity<AuditEntry>(audit =>
        {
            audit.ToTable("platform_audit_log");
            audit.Property(a => a.Actor).HasMaxLength(256);
            audit.Property(a => a.Action).HasMaxLength(64);
            audit.Property(a => a.Subject).HasMaxLength(128);
            audit.Property(a => a.Details).HasMaxLength(4000);
            audit.HasIndex(a => a.At);
            audit.HasIndex(a => a.Subject);
        });

        EventConfiguration.Configure(builder);

        var modules = options.FindExtension<ModuleModelExtension>()?.Assemblies ?? [];
        foreach (var assembly in modules)
        {
            builder.ApplyConfigurationsFromAssembly(assembly);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Currency>().HaveConversion<CurrencyConverter>().HaveMaxLength(3);
        if (Database.IsSqlite())
        {
            // SQLite has no timestamp type; a sortable integer lets queries filter and order by time.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }
}
