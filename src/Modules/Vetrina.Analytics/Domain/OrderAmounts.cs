using System.Text.Json;

namespace Vetrina.Analytics.Domain;

/// <summary>
/// A purchase split as Shopify reports sales, in the order's currency: the goods after discounts without VAT (its net
/// sales), the discounts without VAT, and the VAT; shipping without VAT is what is left of the total. Prices include VAT,
/// so each figure is carved out of the VAT-inclusive amounts the purchase event carries (<c>shipping</c>, <c>tax</c>,
/// <c>discount</c>, and the VAT of the goods before discounts and of the shipping where the shop sent them; events
/// without those two split the VAT in proportion, exact where goods and shipping bear one rate).
/// </summary>
internal sealed record OrderAmounts(long NetSalesMinor, long DiscountsMinor, long TaxMinor)
{
    public static OrderAmounts Of(long totalMinor, string? parameters)
    {
        if (parameters is null || totalMinor <= 0)
        {
            return new OrderAmounts(Math.Max(totalMinor, 0), 0, 0);
        }

        using var json = JsonDocument.Parse(parameters);
        long? Read(string name) =>
            json.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var minor) ? minor : null;
        var shipping = Math.Clamp(Read("shipping") ?? 0, 0, totalMinor);
        var tax = Math.Clamp(Read("tax") ?? 0, 0, totalMinor);
        var discount = Math.Max(Read("discount") ?? 0, 0);
        var shippingTax = Math.Clamp(Read("shipping_tax") ?? Share(shipping, tax, totalMinor), 0, Math.Min(shipping, tax));
        var goods = totalMinor - shipping;
        var goodsTax = tax - shippingTax;
        var subtotal = goods + discount;
        var itemsTax = Read("items_tax") ?? Share(subtotal, goodsTax, goods);
        return new OrderAmounts(goods - goodsTax, discount - (itemsTax - goodsTax), tax);
    }

    /// <summary>The part of <paramref name="tax"/> that falls on <paramref name="part"/> of <paramref name="whole"/>.</summary>
    private static long Share(long part, long tax, long whole) =>
        whole <= 0 ? 0 : (long)Math.Round((decimal)part * tax / whole, MidpointRounding.AwayFromZero);
}
