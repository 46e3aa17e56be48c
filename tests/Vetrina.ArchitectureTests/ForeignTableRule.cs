using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Vetrina.ArchitectureTests;

/// <summary>
/// A module queries only its own tables: every <c>DbContext.Set&lt;T&gt;()</c> in a module (or in the composition root
/// and the demo brand) names an entity of that same project.
/// </summary>
internal static class ForeignTableRule
{
    private static readonly HashSet<string> Contexts = ["Microsoft.EntityFrameworkCore.DbContext", "Vetrina.Data.VetrinaDbContext"];

    /// <summary>Each place as "type: Set&lt;Entity&gt; (module)".</summary>
    public static IReadOnlySet<string> Places(string assemblyPath, Func<string?, string?> ownerOfAssembly)
    {
        var places = new SortedSet<string>(StringComparer.Ordinal);
        using var assembly = AssemblyDefinition.ReadAssembly(assemblyPath);
        var owner = ownerOfAssembly(assembly.Name.Name);
        if (owner is null)
        {
            return places;
        }

        foreach (var type in assembly.MainModule.GetTypes())
        {
            foreach (var method in type.Methods.Where(m => m.HasBody))
            {
                foreach (var instruction in method.Body.Instructions)
                {
                    if (instruction.OpCode.Code is not (Code.Call or Code.Callvirt) || instruction.Operand is not GenericInstanceMethod { Name: "Set" } set
                        || !Contexts.Contains(set.DeclaringType.FullName))
                    {
                        continue;
                    }

                    var entity = set.GenericArguments[0];
                    var entityOwner = ownerOfAssembly(entity.Scope is AssemblyNameReference reference ? reference.Name : assembly.Name.Name);
                    if (entityOwner is not null && entityOwner != owner)
                    {
                        places.Add($"{ModuleMap.OuterName(type.FullName.Replace('/', '+'))}: Set<{entity.Name}> ({entityOwner})");
                    }
                }
            }
        }

        return places;
    }
}
