using System.Reflection;
using Vetrina.Admin;
using Vetrina.Analytics;
using Vetrina.Cart;
using Vetrina.Content;
using Vetrina.EmailMarketing;
using Vetrina.Catalog;
using Vetrina.Inventory;
using Vetrina.Marketing;
using Vetrina.Markets;
using Vetrina.Messaging;
using Vetrina.Orders;
using Vetrina.Payments;
using Vetrina.Privacy;
using Vetrina.Promotions;
using Vetrina.Webhooks;

namespace Vetrina.Web.Platform;

/// <summary>The modules whose entities make up the one database model.</summary>
internal static class ModuleAssemblies
{
    public static readonly IReadOnlyList<Assembly> All =
    [
        typeof(MarketsModule).Assembly,
        typeof(CatalogModule).Assembly,
        typeof(InventoryModule).Assembly,
        typeof(AdminModule).Assembly,
        typeof(CartModule).Assembly,
        typeof(PaymentsModule).Assembly,
        typeof(MessagingModule).Assembly,
        typeof(PromotionsModule).Assembly,
        typeof(WebhooksModule).Assembly,
        typeof(OrdersModule).Assembly,
        typeof(PrivacyModule).Assembly,
        typeof(AnalyticsModule).Assembly,
        typeof(MarketingModule).Assembly,
        typeof(EmailMarketingModule).Assembly,
        typeof(ContentModule).Assembly,
    ];
}
