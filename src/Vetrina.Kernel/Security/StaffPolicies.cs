namespace Vetrina.Kernel.Security;

/// <summary>Authorization policy names shared by the back office pages and the API (least privilege per capability).</summary>
public static class StaffPolicies
{
    /// <summary>Any signed-in staff member.</summary>
    public const string Staff = "staff";

    /// <summary>Reads the catalogue in the back office.</summary>
    public const string CatalogueRead = "catalogue-read";

    /// <summary>Changes styles, prices, lifecycle; imports.</summary>
    public const string CatalogueWrite = "catalogue-write";

    /// <summary>Receives, adjusts, counts and transfers stock.</summary>
    public const string StockManage = "stock-manage";

    /// <summary>Creates and ends discount codes and automatic promotions (e-commerce and marketing).</summary>
    public const string PromotionsManage = "promotions-manage";

    /// <summary>Sees orders in the back office (everyone who serves shoppers or ships to them).</summary>
    public const string OrdersRead = "orders-read";

    /// <summary>Packs and ships orders.</summary>
    public const string OrdersFulfil = "orders-fulfil";

    /// <summary>Cancels and refunds orders.</summary>
    public const string OrdersManage = "orders-manage";

    /// <summary>Reads and answers customer-service tickets.</summary>
    public const string ServiceAnswer = "service-answer";

    /// <summary>Plans campaigns and their tracked links.</summary>
    public const string MarketingManage = "marketing-manage";

    /// <summary>Manages redirects (SEO: e-commerce and marketing).</summary>
    public const string SeoManage = "seo-manage";

    /// <summary>Reads the analytics dashboards (both teams' KPIs).</summary>
    public const string AnalyticsRead = "analytics-read";

    /// <summary>Analytics' settings that let data in: data streams and their secrets.</summary>
    public const string AnalyticsManage = "analytics-manage";

    /// <summary>Manages staff accounts and API tokens; reads the audit log.</summary>
    public const string Administer = "administer";

    /// <summary>The API write endpoints: an API token whose role may change the catalogue.</summary>
    public const string ApiCatalogueWrite = "api-catalogue-write";

    /// <summary>The stock API: an API token whose role may change stock.</summary>
    public const string ApiStockManage = "api-stock-manage";

    /// <summary>The orders API: an API token whose role sees orders.</summary>
    public const string ApiOrdersRead = "api-orders-read";

    /// <summary>The fulfilment API: an API token whose role packs and ships.</summary>
    public const string ApiOrdersFulfil = "api-orders-fulfil";

    /// <summary>The order administration API: an API token whose role cancels and refunds.</summary>
    public const string ApiOrdersManage = "api-orders-manage";

    /// <summary>The email marketing API (contacts, segments, delivery reports): an API token whose role runs marketing.</summary>
    public const string ApiMarketingManage = "api-marketing-manage";

    /// <summary>The API's read of the analytics figures: an API token of the marketing or e-commerce side.</summary>
    public const string ApiAnalyticsRead = "api-analytics-read";

    /// <summary>The staff API policies: each wants a staff API token.</summary>
    public static IReadOnlySet<string> Api { get; } = new HashSet<string>
    {
        ApiCatalogueWrite, ApiStockManage, ApiOrdersRead, ApiOrdersFulfil, ApiOrdersManage, ApiMarketingManage,
    };

    /// <summary>The authentication scheme of staff API tokens (<c>Authorization: Bearer vtr_...</c>).</summary>
    public const string ApiTokenScheme = "ApiToken";
}
