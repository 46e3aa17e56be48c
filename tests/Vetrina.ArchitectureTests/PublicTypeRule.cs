using Assembly = System.Reflection.Assembly;

namespace Vetrina.ArchitectureTests;

/// <summary>
/// What a module shows the rest of the code: its contracts and its entry point are public; everything else (entities,
/// EF configurations, services, page models) is internal, so that the compiler keeps other modules out before the wall
/// rule has to. CA1515 cannot say this (it would flag the contracts too), hence a rule of our own.
/// </summary>
internal static class PublicTypeRule
{
    public static IReadOnlySet<string> Breaches(Assembly assembly, string module) =>
        assembly.GetExportedTypes()
            .Where(t => !t.IsNested && !ModuleMap.IsContract(module, t.Namespace) && !(t.Namespace == $"Vetrina.{module}" && t.Name == $"{module}Module"))
            .Select(t => t.FullName!)
            .ToHashSet(StringComparer.Ordinal);
}
