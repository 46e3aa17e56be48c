using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace Vetrina.Data;

/// <summary>A module whose entity configurations are part of the one database model.</summary>
public sealed record ModuleModel(Assembly Assembly);

public static class ModuleModelRegistration
{
    /// <summary>Puts the module's entities in the model: each module registers its own, so adding one edits no central list.</summary>
    public static IServiceCollection AddModuleModel(this IServiceCollection services, Assembly assembly) => services.AddSingleton(new ModuleModel(assembly));
}
