namespace Vetrina.Kernel.Security;

/// <summary>The staff roles of the back office; each module grants its pages and endpoints to the roles that need them.</summary>
public static class StaffRoles
{
    public const string Admin = "admin";
    public const string EcommerceManager = "ecommerce-manager";
    public const string MarketingManager = "marketing-manager";
    public const string Agent = "agent";
    public const string Warehouse = "warehouse";

    public static readonly IReadOnlyList<string> All = [Admin, EcommerceManager, MarketingManager, Agent, Warehouse];

    public static bool IsRole(string? role) => role is not null && All.Contains(role);

    /// <summary>The role's name as staff read it ("E-commerce manager").</summary>
    public static string Title(string role) => Describe(role).Split(':')[0];

    public static string Describe(string role) => role switch
    {
        Admin => "Admin: everything, including staff accounts and API tokens",
        EcommerceManager => "E-commerce manager: catalogue, prices, markdowns, imports",
        MarketingManager => "Marketing manager: campaigns, content, SEO; reads the catalogue",
        Agent => "Customer-service agent: customers, orders, returns",
        Warehouse => "Warehouse operator: stock (receive, count, adjust, transfer), picking, packing and shipping",
        _ => role,
    };
}
