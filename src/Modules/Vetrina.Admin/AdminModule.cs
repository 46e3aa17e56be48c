using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Vetrina.Admin.Pages;
using Vetrina.Admin.ApiTokens;
using Vetrina.Admin.Contracts;
using Vetrina.Admin.Staff;
using Vetrina.Customers.Contracts;
using Vetrina.Data;
using Vetrina.Kernel.Security;

namespace Vetrina.Admin;

public static class AdminModule
{
    private const string SignInByArea = "Vetrina.ByArea";

    public static IServiceCollection AddAdminModule(this IServiceCollection services)
    {
        services.AddModuleModel(typeof(AdminModule).Assembly);
        services.AddIdentity<IdentityUser, IdentityRole>(identity =>
            {
                // NIST 800-63B: length over composition rules.
                identity.Password.RequiredLength = 12;
                identity.Password.RequireDigit = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireNonAlphanumeric = false;
                // Only wrong two-step codes lock (they come after the right password); wrong passwords are slowed
                // down by SignInThrottle instead, so that nobody can lock an account by naming it.
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                identity.Lockout.AllowedForNewUsers = true;
                identity.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<VetrinaDbContext>()
            .AddDefaultTokenProviders()
            .AddSignInManager<StaffSignInManager>();
        // Password-reset links (customers' "forgot your password?") work for two hours.
        services.Configure<DataProtectionTokenProviderOptions>(tokens => tokens.TokenLifespan = TimeSpan.FromHours(2));
        services.AddScoped<StaffDirectory>();
        services.AddScoped<FailedSignInAlerts>();

        services.ConfigureApplicationCookie(cookie =>
        {
            // Staff only (customers have a cookie of their own, which nothing under /admin reads). Strict, so no other
            // site can make a staff member's browser send it; session-only, and an hour without a request ends it.
            cookie.Cookie.Name = StaffCookieManager.Name;
            cookie.CookieManager = new StaffCookieManager();
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            cookie.LoginPath = "/admin/sign-in";
            cookie.LogoutPath = "/admin/sign-out";
            cookie.AccessDeniedPath = "/admin/denied";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(1);
            cookie.SlidingExpiration = true;
        });
        // Who is signed in depends on where: the staff cookie under /admin, the customer's cookie everywhere else.
        services.AddAuthentication().AddPolicyScheme(SignInByArea, "Staff under /admin, customers elsewhere", scheme =>
            scheme.ForwardDefaultSelector = http => http.Request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase)
                ? StaffAuthentication.Scheme
                : CustomerAuthentication.Scheme);
        services.Configure<AuthenticationOptions>(options =>
        {
            options.DefaultAuthenticateScheme = SignInByArea;
            options.DefaultChallengeScheme = SignInByArea;
            options.DefaultForbidScheme = SignInByArea;
        });

        services.AddBackOfficeLink(BackOfficeGroups.Settings, "Staff", "/admin/staff", StaffPolicies.Administer, 10)
            .AddBackOfficeLink(BackOfficeGroups.Settings, "API tokens", "/admin/api-tokens", StaffPolicies.Administer, 20)
            .AddBackOfficeLink(BackOfficeGroups.Settings, "Audit log", "/admin/audit", StaffPolicies.Administer, 40)
            .AddBackOfficeLink(BackOfficeGroups.Settings, "Event deliveries", "/admin/events", StaffPolicies.Administer, 50);

        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(StaffPolicies.ApiTokenScheme, null);

        services.AddStaffPolicy(StaffPolicies.Staff, [.. StaffRoles.All])
            .AddStaffPolicy(StaffPolicies.Administer, StaffRoles.Admin);
        return services;
    }

    /// <summary>
    /// At start-up, after migrations: the staff and customer roles, and on a database without staff the first admin
    /// (<c>Vetrina:Admin:Email</c>, <c>Vetrina:Admin:Password</c>; without a password one is generated and printed once).
    /// </summary>
    public static Task EnsureFirstAdminAsync(IServiceProvider services, IConfiguration configuration, ILogger logger) =>
        FirstAdmin.EnsureAsync(services, configuration, logger);

    public static IEndpointRouteBuilder MapAdminEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapAdminAssets();
        return app;
    }
}
