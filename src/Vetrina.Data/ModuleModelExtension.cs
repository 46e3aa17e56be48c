using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Vetrina.Data;

/// <summary>Carries the module assemblies whose entity configurations make up the model.</summary>
public sealed class ModuleModelExtension(IReadOnlyList<Assembly> assemblies) : IDbContextOptionsExtension
{
    private ExtensionInfo? info;

    public IReadOnlyList<Assembly> Assemblies { get; } = assemblies;

    public DbContextOptionsExtensionInfo Info => info ??= new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(ModuleModelExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        private new ModuleModelExtension Extension => (ModuleModelExtension)base.Extension;

        public override bool IsDatabaseProvider => false;

        public override string LogFragment => $"Modules={Extension.Assemblies.Count} ";

        public override int GetServiceProviderHashCode() =>
            Extension.Assemblies.Aggregate(0, (hash, a) => HashCode.Combine(hash, a.FullName));

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) =>
            other is ExtensionInfo o && o.Extension.Assemblies.SequenceEqual(Extension.Assemblies);

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) =>
            debugInfo["Vetrina:Modules"] = string.Join(',', Extension.Assemblies.Select(a => a.GetName().Name));
    }
}

public static class ModuleModelExtensions
{
    public static DbContextOptionsBuilder UseModules(this DbContextOptionsBuilder builder, IEnumerable<Assembly> assemblies)
    {
        ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(new ModuleModelExtension([.. assemblies]));
        return builder;
    }
}
