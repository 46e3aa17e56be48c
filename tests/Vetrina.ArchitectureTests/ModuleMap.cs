using Assembly = System.Reflection.Assembly;
using ArchUnitNET.Domain;
using ArchUnitNET.Loader;

namespace Vetrina.ArchitectureTests;

/// <summary>
/// The modules as the rules see them: a module is the assembly <c>Vetrina.{Name}</c>, and what it offers other modules
/// lives in the namespace <c>Vetrina.{Name}.Contracts</c>. The composition root (Vetrina.Web) and the demo brand
/// (Vetrina.DemoData) are held to the same walls as the modules.
/// </summary>
internal static class ModuleMap
{
    public static readonly IReadOnlySet<string> Modules = new HashSet<string>(StringComparer.Ordinal)
    {
        "Markets", "Catalog", "Inventory", "Customers", "Cart", "Promotions", "Payments", "Orders", "Messaging", "EmailMarketing",
        "Marketing", "Content", "Analytics", "Privacy", "Webhooks", "Helpdesk", "Storefront", "Admin",
    };

    /// <summary>Projects that use modules without being one: they may use any module's contracts and nothing else.</summary>
    public static readonly IReadOnlySet<string> Consumers = new HashSet<string>(StringComparer.Ordinal) { "Web", "DemoData" };

    private static readonly Lazy<IReadOnlyList<Assembly>> LoadedAssemblies = new(LoadAssemblies);
    private static readonly Lazy<Architecture> LoadedArchitecture = new(() => new ArchLoader().LoadAssemblies([.. LoadedAssemblies.Value]).Build());

    /// <summary>Every Vetrina assembly the app is made of.</summary>
    public static IReadOnlyList<Assembly> Assemblies => LoadedAssemblies.Value;

    public static Architecture Architecture => LoadedArchitecture.Value;

    /// <summary>The module or consumer an assembly is ("Orders", "Web"), or null for the shared projects (Kernel, Data).</summary>
    public static string? OwnerOf(string? assemblyName)
    {
        if (assemblyName is null || !assemblyName.StartsWith("Vetrina.", StringComparison.Ordinal))
        {
            return null;
        }

        var name = assemblyName["Vetrina.".Length..];
        return Modules.Contains(name) || Consumers.Contains(name) ? name : null;
    }

    public static string? OwnerOf(IType type) => OwnerOf(type.Assembly?.Name?.Split(',')[0]);

    public static bool IsModule(string? owner) => owner is not null && Modules.Contains(owner);

    /// <summary>Whether a type of a module is part of what the module offers others.</summary>
    public static bool IsContract(string module, string? @namespace) =>
        @namespace is not null && (@namespace == $"Vetrina.{module}.Contracts" || @namespace.StartsWith($"Vetrina.{module}.Contracts.", StringComparison.Ordinal));

    /// <summary>A module's entry point (<c>Vetrina.Orders.OrdersModule</c>), which only the composition root calls.</summary>
    public static bool IsEntryPoint(string module, IType type) =>
        type.Namespace?.FullName == $"Vetrina.{module}" && type.Name == $"{module}Module";

    /// <summary>The type a nested or compiler-made type belongs to, as a reader finds it in the source.</summary>
    public static string OuterName(string fullName) => fullName.Split('+')[0].Split('<')[0].Split('`')[0];

    private static List<Assembly> LoadAssemblies()
    {
        var found = new Dictionary<string, Assembly>(StringComparer.Ordinal);
        var pending = new Stack<Assembly>([typeof(Program).Assembly]);
        while (pending.TryPop(out var assembly))
        {
            if (!found.TryAdd(assembly.GetName().Name!, assembly))
            {
                continue;
            }

            foreach (var reference in assembly.GetReferencedAssemblies().Where(r => r.Name!.StartsWith("Vetrina.", StringComparison.Ordinal)))
            {
                pending.Push(Assembly.Load(reference));
            }
        }

        return [.. found.Values.OrderBy(a => a.GetName().Name, StringComparer.Ordinal)];
    }
}
