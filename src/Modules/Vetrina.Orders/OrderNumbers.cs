using System.Globalization;
using Microsoft.Extensions.Options;

namespace Vetrina.Orders;

/// <summary>Human-friendly order numbers derived from the order id: "VT-100042", short enough to read out on the phone.</summary>
internal sealed class OrderNumbers(IOptions<OrderOptions> options)
{
    private const long Offset = 100_000;

    public string Format(long orderId) => options.Value.NumberPrefix + (orderId + Offset).ToString(CultureInfo.InvariantCulture);

    /// <summary>The order's page in the shop, with the access key that opens it without signing in.</summary>
    public string PagePath(Domain.Order order) => $"/{order.Language}/account/orders/{Format(order.Id)}?key={order.AccessKey}";

    public bool TryRead(string? number, out long orderId)
    {
        orderId = 0;
        var prefix = options.Value.NumberPrefix;
        var digits = number?.Trim() ?? "";
        if (digits.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            digits = digits[prefix.Length..];
        }

        if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= Offset)
        {
            return false;
        }

        orderId = value - Offset;
        return true;
    }
}
