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
using Vetrina.Customers.Contracts;
using Vetrina.Data;
using Vetrina.Kernel.Security;
using Vetrina.Markets.Contracts;

namespace Vetrina.Admin;

public static class AdminModule
{
    private const string SignInByArea = "Vetrina.ByArea";

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
            .AddDefaultTokenProviders()
            .AddSignInManager<StaffSignInManager>();
        // Password-reset links (customers' "forgot your password?") work for two hours.
        services.Configure<DataProtectionTokenProviderOptions>(tokens => tokens.TokenLifespan = TimeSpan.FromHours(2));
        services.AddScoped<StaffDirectory>();

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
            .AddBackOfficeLink(BackOfficeGroups.Settings, "Audit log", "/admin/audit", StaffPolicies.Administer, 40)
            .AddBackOfficeLink(BackOfficeGroups.Settings, "Event deliveries", "/admin/events", StaffPolicies.Administer, 50);

        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(StaffPolicies.ApiTokenScheme, null);

        services.AddStaffPolicy(StaffPolicies.Staff, [.. StaffRoles.All])
            .AddStaffPolicy(StaffPolicies.CatalogueRead, StaffRoles.Admin, StaffRoles.EcommerceManager, StaffRoles.MarketingManager)
            .AddStaffPolicy(StaffPolicies.CatalogueWrite, StaffRoles.Admin, StaffRoles.EcommerceManager)
            .AddStaffPolicy(StaffPolicies.StockManage, StaffRoles.Admin, StaffRoles.EcommerceManager, StaffRoles.Warehouse)
            .AddStaffPolicy(StaffPolicies.PromotionsManage, StaffRoles.Admin, StaffRoles.EcommerceManager, StaffRoles.MarketingManager)
            .AddStaffPolicy(StaffPolicies.OrdersRead, StaffRoles.Admin, StaffRoles.EcommerceManager, StaffRoles.Agent, StaffRoles.Warehouse)
            .AddStaffPolicy(StaffPolicies.OrdersFulfil, StaffRoles.Admin, StaffRoles.EcommerceManager, StaffRoles.Warehouse)
            .AddStaffPolicy(StaffPolicies.OrdersManage, StaffRoles.Admin, StaffRoles.EcommerceManager, StaffRoles.Agent)
            .AddStaffPolicy(StaffPolicies.Administer, StaffRoles.Admin)
            .AddStaffPolicy(StaffPolicies.SeoManage, StaffRoles.Admin, StaffRoles.EcommerceManager, StaffRoles.MarketingManager)
            .AddApiTokenPolicy(StaffPolicies.ApiCatalogueWrite, StaffRoles.Admin, StaffRoles.EcommerceManager)
            .AddApiTokenPolicy(StaffPolicies.ApiStockManage, StaffRoles.Admin, StaffRoles.EcommerceManager, StaffRoles.Warehouse)
            .AddApiTokenPolicy(StaffPolicies.ApiOrdersRead, StaffRoles.Admin, StaffRoles.EcommerceManager, StaffRoles.Agent, StaffRoles.Warehouse)
            .AddApiTokenPolicy(StaffPolicies.ApiOrdersFulfil, StaffRoles.Admin, StaffRoles.EcommerceManager, StaffRoles.Warehouse)
            .AddApiTokenPolicy(StaffPolicies.ApiOrdersManage, StaffRoles.Admin, StaffRoles.EcommerceManager, StaffRoles.Agent);
        return services;
    }

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
