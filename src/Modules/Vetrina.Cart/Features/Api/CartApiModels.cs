namespace Vetrina.Cart.Features.Api;

internal sealed record CartCreateRequest(string? Market);

internal sealed record CartLineRequest(string? Sku, int? Quantity);

internal sealed record CartQuantityRequest(int? Quantity);

internal sealed record CartMoneyDto(string Currency, decimal Amount, string Formatted);

internal sealed record CartLineDto(int Id, string Sku, string? Name, string? Colour, string? Size, int Quantity, CartMoneyDto? UnitPrice,
    CartMoneyDto? LineTotal, bool ForSale, bool PriceChanged, int Available, string? Url, string? Image);

internal sealed record CartDto(Guid Id, string Market, string Currency, IReadOnlyList<CartLineDto> Lines, CartMoneyDto Subtotal, CartMoneyDto VatIncluded,
    int ItemCount, bool Ready);
