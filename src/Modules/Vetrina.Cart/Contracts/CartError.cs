namespace Vetrina.Cart.Contracts;

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

/// <summary>How much one bag may hold.</summary>
public static class BagLimits
{
    public const int MaxLines = 50;
    public const int MaxQuantity = 10;
}

/// <summary>What a change did to a bag: the bag it went into (made for it when there was none), or why it was refused.</summary>
public sealed record BagChange(Guid? BagId, CartProblem? Problem);
