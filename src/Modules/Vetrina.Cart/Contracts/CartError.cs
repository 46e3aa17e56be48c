namespace Vetrina.Cart.Domain;

/// <summary>Why a cart change was refused; the storefront words it in the shopper's language, the API as problem details.</summary>
public enum CartError
{
    UnknownCart,
    UnknownSku,
    NotForSale,
    QuantityOutOfRange,
    NotEnoughStock,
    TooManyLines,
    UnknownLine,
}

/// <summary>A refused change, with the units still available when stock was the reason.</summary>
public sealed record CartProblem(CartError Error, int? Available = null);
