namespace Vetrina.Analytics.Domain;

/// <summary>The GA4 recommended event names Vetrina collects, and the server-only ones.</summary>
internal static class EventNames
{
    public const string PageView = "page_view";
    public const string ViewItemList = "view_item_list";
    public const string ViewItem = "view_item";
    public const string AddToCart = "add_to_cart";
    public const string RemoveFromCart = "remove_from_cart";
    public const string BeginCheckout = "begin_checkout";
    public const string AddShippingInfo = "add_shipping_info";
    public const string AddPaymentInfo = "add_payment_info";
    public const string Purchase = "purchase";
    public const string Refund = "refund";
    public const string Search = "search";
    public const string SignUp = "sign_up";
    public const string Login = "login";
    public const string ViewPromotion = "view_promotion";
    public const string SelectPromotion = "select_promotion";

    /// <summary>GA4's own: how long the page was in front of the visitor (engagement_time_msec), sent as it is left.</summary>
    public const string UserEngagement = "user_engagement";

    /// <summary>Units back from a shopper (not a GA4 name: GA4 knows refunds, not returns), for return rates by size.</summary>
    public const string Return = "return";

    /// <summary>What browsers and integrations may send to the collector.</summary>
    public static readonly IReadOnlySet<string> Collected = new HashSet<string>(StringComparer.Ordinal)
    {
        PageView, ViewItemList, ViewItem, AddToCart, RemoveFromCart, BeginCheckout, AddShippingInfo, AddPaymentInfo, Search, SignUp, Login,
        ViewPromotion, SelectPromotion, UserEngagement,
    };

    /// <summary>What only the server records, from orders: a browser cannot buy, refund or return by saying so.</summary>
    public static readonly IReadOnlySet<string> ServerOnly = new HashSet<string>(StringComparer.Ordinal) { Purchase, Refund, Return };
}
