using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Kernel.Security;

namespace Vetrina.Admin.Contracts;

/// <summary>How a module plugs its back office into the shell, from its own <c>Add&lt;Module&gt;Module</c>.</summary>
public static class BackOfficeServiceCollectionExtensions
{
    public static IServiceCollection AddBackOfficeLink(this IServiceCollection services, string group, string title, string href, string policy, int order)
    {
        services.AddSingleton(new BackOfficeLink(group, title, href, policy, order));
        return services;
    }

    public static IServiceCollection AddBackOfficeCard<TCard>(this IServiceCollection services)
        where TCard : class, IBackOfficeCard =>
        services.AddScoped<IBackOfficeCard, TCard>();

    /// <summary>A policy for back-office pages: a staff member signed in to the back office, in one of these roles.</summary>
    public static IServiceCollection AddStaffPolicy(this IServiceCollection services, string name, params string[] roles)
    {
        services.AddAuthorizationBuilder().AddPolicy(name, policy => policy.AddAuthenticationSchemes(StaffAuthentication.Scheme).RequireRole(roles));
        return services;
    }

    /// <summary>A policy for the API: a staff API token (never the sign-in cookie) whose role is one of these.</summary>
    public static IServiceCollection AddApiTokenPolicy(this IServiceCollection services, string name, params string[] roles)
    {
        services.AddAuthorizationBuilder().AddPolicy(name, policy => policy.AddAuthenticationSchemes(StaffPolicies.ApiTokenScheme).RequireAuthenticatedUser()
            .RequireRole(roles));
        return services;
    }
}
