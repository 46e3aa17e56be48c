namespace Vetrina.Orders.Aftersales;

/// <summary>
/// Configuration section <c>Vetrina:Returns</c>: each market's return policy (by market code) and the categories that
/// cannot be returned. The law's floors hold whatever is set: 14 days for deliveries in the EU, 7 in Korea.
/// </summary>
internal sealed class ReturnPolicyOptions
{
    public Dictionary<string, MarketReturnPolicy> Markets { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        // Italy: the shopper pays the label on a change of mind (told before confirming, as the directive allows); the
        // refund is due 14 days after the request, though the shop may wait for the parcel.
        ["IT"] = new() { WindowDays = 14, ReturnShipping = 6.90m, RefundDays = 14 },

        // Korea: 반품배송비 on a change of mind (전자상거래법 제18조 ⑨), none when the item is faulty or not as shown;
        // the refund within 3 business days of the goods arriving (제18조 ②).
        ["KR"] = new() { WindowDays = 7, ReturnShipping = 3000m, RefundDays = 3, RefundInBusinessDays = true, RefundFromReceipt = true },
        ["INTL"] = new() { WindowDays = 14, ReturnShipping = 15m, RefundDays = 14, RefundFromReceipt = true },
    };

    public List<FinalSaleCategory> FinalSale { get; set; } = [];

    /// <summary>
    /// A shopper with at least this many earlier orders delivered gets an exchange sent as soon as they ask, before their
    /// return arrives (as Loop's "instant exchanges" for trusted customers); 0 sends every exchange after the return.
    /// </summary>
    public int TrustedAfterOrders { get; set; } = 3;

    /// <summary>What store credit adds to the refund, in percent: a reason to keep the money in the shop.</summary>
    public int StoreCreditBonusPercent { get; set; } = 10;

    public MarketReturnPolicy For(string market) => Markets.GetValueOrDefault(market) ?? new MarketReturnPolicy();
}

internal sealed class MarketReturnPolicy
{
    /// <summary>Days from delivery a unit may be returned; a longer commercial policy may extend the legal floor.</summary>
    public int WindowDays { get; set; } = 14;

    /// <summary>
    /// What a prepaid label costs the shopper, in the market's currency, when every unit goes back for a reason of theirs
    /// (size, change of mind, other); taken off the refund. Nought: the shop always pays.
    /// </summary>
    public decimal ReturnShipping { get; set; }

    /// <summary>Days the shop has to refund.</summary>
    public int RefundDays { get; set; } = 14;

    /// <summary>Whether <see cref="RefundDays"/> are business days of the market's calendar.</summary>
    public bool RefundInBusinessDays { get; set; }

    /// <summary>Whether the refund period starts when the goods arrive (Korea) rather than at the request (the EU's withdrawal).</summary>
    public bool RefundFromReceipt { get; set; }
}

/// <summary>A category (by code, with everything under it) that cannot be returned, and why, per language ("en", "it", "ko").</summary>
internal sealed class FinalSaleCategory
{
    public string Category { get; set; } = "";

    public Dictionary<string, string> Reason { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
