using Vetrina.Kernel;
using Vetrina.Kernel.Time;
using Vetrina.Orders.Contracts;

namespace Vetrina.Orders.Domain;

/// <summary>The rules every return follows, whichever door it came through.</summary>
internal static class ReturnRules
{
    /// <summary>The EU's withdrawal period (directive 2011/83 art. 9), the floor for deliveries in the EU.</summary>
    public const int EuropeanDays = 14;

    /// <summary>Korea's 청약철회 period (전자상거래법 제17조), the floor for deliveries in Korea.</summary>
    public const int KoreanDays = 7;

    /// <summary>The days a delivery to this country may be returned in: the market's policy, never below the law's floor.</summary>
    public static int WindowDays(string countryCode, int policyDays) => countryCode switch
    {
        "KR" => Math.Max(KoreanDays, policyDays),
        _ when Countries.InEuropeanUnion(countryCode) => Math.Max(EuropeanDays, policyDays),
        _ => policyDays,
    };

    /// <summary>The last moment to return: the end of the <paramref name="days"/>th day after delivery, in the market's time zone.</summary>
    public static DateTimeOffset Deadline(DateTimeOffset deliveredAt, int days, TimeZoneInfo zone) =>
        BusinessCalendar.EndOf(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(deliveredAt, zone).DateTime).AddDays(days), zone);

    /// <summary>Reasons of the shopper's own (a size, a change of mind): they pay a label. Faulty, not as pictured and late deliveries are the shop's.</summary>
    public static bool IsShoppersReason(ReturnReason reason) => reason is ReturnReason.TooSmall or ReturnReason.TooLarge or ReturnReason.ChangedMind or ReturnReason.Other;

    public static readonly IReadOnlyList<ReturnReason> ShoppersReasons = [.. Enum.GetValues<ReturnReason>().Where(IsShoppersReason)];

    /// <summary>
    /// The return shipping the shopper pays: the label's price when every unit goes back for a reason of theirs; nothing
    /// when one is the shop's fault (that parcel had to come back anyway) or when it is handed in at a store.
    /// </summary>
    public static long ShippingFee(IEnumerable<ReturnReason> reasons, ReturnMethod method, long labelMinor) =>
        method == ReturnMethod.Label && reasons.All(IsShoppersReason) ? labelMinor : 0;

    /// <summary>What units worth <paramref name="valueMinor"/> at their line prices were paid after the order's discount, spread over its lines by value.</summary>
    public static long AfterDiscount(Order order, long valueMinor) =>
        order.SubtotalMinor == 0 ? 0 : valueMinor * (order.SubtotalMinor - Math.Min(order.DiscountMinor, order.SubtotalMinor)) / order.SubtotalMinor;

    /// <summary>The refund for units back: their price after discount, less the shopper's return shipping, never below nought.</summary>
    public static long Refund(Order order, IEnumerable<(long LineId, int Quantity)> units, long shippingFeeMinor)
    {
        var prices = order.Lines.ToDictionary(l => l.Id, l => l.UnitPriceMinor);
        return Math.Max(0, AfterDiscount(order, units.Sum(u => u.Quantity * prices[u.LineId])) - shippingFeeMinor);
    }

    /// <summary>
    /// What the shopper gets back in money or credit: the refund; for store credit the refund and the bonus (rounded
    /// down to the minor unit); nothing for an exchange (the units sent instead are the settlement, at the price paid).
    /// </summary>
    public static long Settlement(Order order, IEnumerable<(long LineId, int Quantity)> units, long shippingFeeMinor, ReturnResolution resolution, int bonusPercent) =>
        resolution switch
        {
            ReturnResolution.Exchange => 0,
            ReturnResolution.StoreCredit => Refund(order, units, shippingFeeMinor) * (100 + bonusPercent) / 100,
            _ => Refund(order, units, shippingFeeMinor),
        };
}
