using ArchUnitNET.Domain;

namespace Vetrina.ArchitectureTests;

/// <summary>
/// A module uses another only through that module's <c>Contracts</c> namespace: never its entities, services or pages.
/// The composition root may also call a module's entry point (<c>AddOrdersModule</c>).
/// </summary>
internal static class WallRule
{
    /// <summary>Each breach as "source type -> module it reaches into", one line per pair.</summary>
    public static IReadOnlySet<string> Breaches(IEnumerable<IType> types, Func<IType, string?> ownerOf)
    {
        var breaches = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            if (ownerOf(type) is not { } owner)
            {
                continue;
            }

            foreach (var dependency in type.Dependencies)
            {
                var target = dependency.Target;
                if (ownerOf(target) is not { } module || module == owner || !ModuleMap.IsModule(module)
                    || ModuleMap.IsContract(module, target.Namespace?.FullName) || (owner == "Web" && ModuleMap.IsEntryPoint(module, target)))
                {
                    continue;
                }

                breaches.Add($"{ModuleMap.OuterName(type.FullName)} -> {module}");
            }
        }

        return breaches;
    }
}
