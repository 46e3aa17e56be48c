using Vetrina.Orders.Contracts;

namespace Vetrina.Marketing.Influencers;

/// <summary>One order line as commission reads it: the VAT-inclusive unit price, units bought and returned, the VAT rate.</summary>
internal sealed record SoldLine(long UnitPriceMinor, int Quantity, int Returned, int VatBasisPoints);

/// <summary>
/// Net sales and commission. Net sales are what the customer kept, without VAT and without shipping: each line's units
/// bought less units returned at the VAT-exclusive price, less the order's discount in proportion to what was kept.
/// A cancelled or fully refunded order is worth nothing.
/// </summary>
internal static class Commission
{
    /// <summary>
    /// The net sales of an order as an event carries it; null when the event predates the VAT rate on its lines (the rate
    /// cannot be told from a rounded VAT amount).
    /// </summary>
    public static long? NetSales(OrderSnapshot order)
    {
        if (order.Status is "Cancelled" or "Refunded")
        {
            return 0;
        }

        return order.Lines.Any(l => l.VatBasisPoints == 0 && l.VatMinor != 0)
            ? null
            : NetSales([.. order.Lines.Select(l => new SoldLine(l.UnitPriceMinor, l.Quantity, l.Returned, l.VatBasisPoints))], order.DiscountMinor);
    }

    public static long NetSales(IReadOnlyList<SoldLine> lines, long discountMinor)
    {
        var gross = lines.Sum(l => l.UnitPriceMinor * l.Quantity);
        if (gross <= 0)
        {
            return 0;
        }

        decimal kept = 0;
        decimal keptGross = 0;
        foreach (var line in lines)
        {
            var units = Math.Max(0, line.Quantity - line.Returned);
            keptGross += line.UnitPriceMinor * units;
            kept += line.UnitPriceMinor * units * 10_000m / (10_000 + line.VatBasisPoints);
        }

        // The discount shrinks with what came back, and comes off without its VAT like the prices it reduced.
        var keptShare = keptGross / gross;
        var discountNet = keptGross == 0 ? 0 : discountMinor * keptShare * (kept / keptGross);
        return (long)Math.Round(kept - discountNet, MidpointRounding.AwayFromZero);
    }

    public static long Of(long netSalesMinor, int rateBasisPoints) =>
        (long)Math.Round(netSalesMinor * (decimal)rateBasisPoints / 10_000, MidpointRounding.AwayFromZero);
}
