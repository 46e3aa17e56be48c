using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Admin.Pages;
using Vetrina.Catalog.Transfer;
using Vetrina.Admin.ApiTokens;
using Vetrina.Admin.Contracts;
using Vetrina.Admin.Staff;
using Vetrina.Data;
using Vetrina.Kernel.Security;
using Vetrina.Markets.Contracts;

namespace Vetrina.Admin;

public static class AdminModule
{
    public static IServiceCollection AddAdminModule(this IServiceCollection services)
    {
        services.AddIdentity<IdentityUser, IdentityRole>(identity =>
            {
                // NIST 800-63B: length over composition rules.
                identity.Password.RequiredLength = 12;
                identity.Password.RequireDigit = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                identity.Lockout.AllowedForNewUsers = true;
                identity.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<VetrinaDbContext>()
            .AddDefaultTokenProviders();
        // Password-reset links (customers' "forgot your password?") work for two hours.
        services.Configure<DataProtectionTokenProviderOptions>(tokens => tokens.TokenLifespan = TimeSpan.FromHours(2));
        services.AddScoped<StaffDirectory>();

        services.ConfigureApplicationCookie(cookie =>
        {
            // One sign-in cookie for staff and customers. Lax, so a shopper who follows a link from an email arrives
            // signed in; every form that changes something behind it carries an antiforgery token.
            cookie.Cookie.Name = "vetrina_auth";
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = "/admin/sign-in";
            cookie.LogoutPath = "/admin/sign-out";
            cookie.AccessDeniedPath = "/admin/denied";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });

        // The links of modules whose pages still live here; each leaves this list when its pages move into its module.
        services.AddBackOfficeLink(BackOfficeGroups.Catalogue, "Styles", "/admin/styles", StaffPolicies.CatalogueRead, 10)
            .AddBackOfficeLink(BackOfficeGroups.Catalogue, "SEO", "/admin/seo", StaffPolicies.CatalogueRead, 20)
            .AddBackOfficeLink(BackOfficeGroups.Catalogue, "Import / export", "/admin/catalog/import", StaffPolicies.CatalogueWrite, 30)
            .AddBackOfficeLink(BackOfficeGroups.Marketing, "Discounts", "/admin/discounts", StaffPolicies.PromotionsManage, 70)
            .AddBackOfficeLink(BackOfficeGroups.Marketing, "Gift cards", "/admin/gift-cards", StaffPolicies.PromotionsManage, 80)
            .AddBackOfficeLink(BackOfficeGroups.Orders, "Orders", "/admin/orders", StaffPolicies.OrdersRead, 10)
            .AddBackOfficeLink(BackOfficeGroups.Orders, "Pick & ship", "/admin/fulfilment", StaffPolicies.OrdersFulfil, 20)
            .AddBackOfficeLink(BackOfficeGroups.Orders, "Stock", "/admin/stock", StaffPolicies.StockManage, 30);
        services.AddBackOfficeLink(BackOfficeGroups.Settings, "Staff", "/admin/staff", StaffPolicies.Administer, 10)
            .AddBackOfficeLink(BackOfficeGroups.Settings, "API tokens", "/admin/api-tokens", StaffPolicies.Administer, 20)
            .AddBackOfficeLink(BackOfficeGroups.Settings, "Audit log", "/admin/audit", StaffPolicies.Administer, 40);

        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(StaffPolicies.ApiTokenScheme, null);

        services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicies.Staff, p => p.RequireRole(StaffRoles.All))
            .AddPolicy(StaffPolicies.CatalogueRead, p => p.RequireRole(StaffRoles.Admin, StaffRoles.EcommerceManager, StaffRoles.MarketingManager))
            .AddPolicy(StaffPolicies.CatalogueWrite, p => p.RequireRole(StaffRoles.Admin, StaffRoles.EcommerceManager))
            .AddPolicy(StaffPolicies.StockManage, p => p.RequireRole(StaffRoles.Admin, StaffRoles.EcommerceManager, StaffRoles.Warehouse))
            .AddPolicy(StaffPolicies.PromotionsManage, p => p.RequireRole(StaffRoles.Admin, StaffRoles.EcommerceManager, StaffRoles.MarketingManager))
            .AddPolicy(StaffPolicies.OrdersRead, p => p.RequireRole(StaffRoles.Admin, StaffRoles.EcommerceManager, StaffRoles.Agent, StaffRoles.Warehouse))
            .AddPolicy(StaffPolicies.OrdersFulfil, p => p.RequireRole(StaffRoles.Admin, StaffRoles.EcommerceManager, StaffRoles.Warehouse))
            .AddPolicy(StaffPolicies.OrdersManage, p => p.RequireRole(StaffRoles.Admin, StaffRoles.EcommerceManager, StaffRoles.Agent))
            .AddPolicy(StaffPolicies.Administer, p => p.RequireRole(StaffRoles.Admin))
            .AddPolicy(StaffPolicies.SeoManage, p => p.RequireRole(StaffRoles.Admin, StaffRoles.EcommerceManager, StaffRoles.MarketingManager))
            .AddPolicy(StaffPolicies.ApiCatalogueWrite, p => ApiToken(p, StaffRoles.Admin, StaffRoles.EcommerceManager))
            .AddPolicy(StaffPolicies.ApiStockManage, p => ApiToken(p, StaffRoles.Admin, StaffRoles.EcommerceManager, StaffRoles.Warehouse))
            .AddPolicy(StaffPolicies.ApiOrdersRead, p => ApiToken(p, StaffRoles.Admin, StaffRoles.EcommerceManager, StaffRoles.Agent, StaffRoles.Warehouse))
            .AddPolicy(StaffPolicies.ApiOrdersFulfil, p => ApiToken(p, StaffRoles.Admin, StaffRoles.EcommerceManager, StaffRoles.Warehouse))
            .AddPolicy(StaffPolicies.ApiOrdersManage, p => ApiToken(p, StaffRoles.Admin, StaffRoles.EcommerceManager, StaffRoles.Agent));
        return services;
    }

    /// <summary>An API policy: a staff API token (never the sign-in cookie) whose role is one of these.</summary>
    private static void ApiToken(AuthorizationPolicyBuilder policy, params string[] roles) =>
        policy.AddAuthenticationSchemes(StaffPolicies.ApiTokenScheme).RequireAuthenticatedUser().RequireRole(roles);

    public static IEndpointRouteBuilder MapAdminEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/admin/catalog/export.csv", async (HttpContext http, CatalogCsvExporter exporter, IMarketDirectory markets) =>
        {
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = "attachment; filename=\"catalogue.csv\"";
            var codes = (await markets.AllAsync(http.RequestAborted)).Select(m => m.Code).ToList();
            // A byte-order mark, so that Excel opens the Italian and Korean text as UTF-8.
            await using var writer = new StreamWriter(http.Response.Body, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            await exporter.WriteAsync(writer, codes, http.RequestAborted);
        }).RequireAuthorization(StaffPolicies.CatalogueRead).ExcludeFromDescription();
        app.MapAdminAssets();
        return app;
    }
}
