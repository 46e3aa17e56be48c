using ArchUnitNET.Domain;

namespace Vetrina.ArchitectureTests;

/// <summary>What the inner layers may not know.</summary>
internal static class LayerRules
{
    private static readonly string[] Frameworks = ["Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore"];

    /// <summary>Types in a <c>Domain</c> namespace that depend on ASP.NET Core or EF Core, as "type -> framework namespace".</summary>
    public static IReadOnlySet<string> DomainLeaks(IEnumerable<IType> types)
    {
        var leaks = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in types.Where(t => IsDomain(t.Namespace?.FullName)))
        {
            foreach (var target in type.Dependencies.Select(d => d.Target.Namespace?.FullName ?? ""))
            {
                if (Frameworks.FirstOrDefault(f => target == f || target.StartsWith(f + ".", StringComparison.Ordinal)) is { } framework)
                {
                    leaks.Add($"{ModuleMap.OuterName(type.FullName)} -> {framework}");
                }
            }
        }

        return leaks;
    }

    /// <summary>What an assembly that must stand alone (the Kernel) references that it should not: any other Vetrina project or web/data framework.</summary>
    public static IReadOnlyList<string> ForbiddenReferences(string assemblyName, IEnumerable<string> references) =>
        [.. references.Where(r => (r.StartsWith("Vetrina.", StringComparison.Ordinal) && r != assemblyName)
            || Frameworks.Any(f => r.StartsWith(f, StringComparison.Ordinal))).Order(StringComparer.Ordinal)];

    private static bool IsDomain(string? @namespace) =>
        @namespace is not null && @namespace.StartsWith("Vetrina.", StringComparison.Ordinal)
        && (@namespace.EndsWith(".Domain", StringComparison.Ordinal) || @namespace.Contains(".Domain.", StringComparison.Ordinal));
}
