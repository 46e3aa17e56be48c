namespace Vetrina.Cart.Features.Api;

public sealed record CartCreateRequest(string? Market);

public sealed record CartLineRequest(string? Sku, int? Quantity);

public sealed record CartQuantityRequest(int? Quantity);

public sealed record CartMoneyDto(string Currency, decimal Amount, string Formatted);

public sealed record CartLineDto(int Id, string Sku, string? Name, string? Colour, string? Size, int Quantity, CartMoneyDto? UnitPrice,
    CartMoneyDto? LineTotal, bool ForSale, bool PriceChanged, int Available, string? Url, string? Image);

public sealed record CartDto(Guid Id, string Market, string Currency, IReadOnlyList<CartLineDto> Lines, CartMoneyDto Subtotal, CartMoneyDto VatIncluded,
    int ItemCount, bool Ready);
