namespace Vetrina.Cart;

/// <summary>Configuration section <c>Vetrina:Cart</c>, checked when a node starts.</summary>
internal sealed class CartOptions
{
    public const string Section = "Vetrina:Cart";

    /// <summary>
    /// How long a signed-in customer's bag must sit untouched, with something in it, before it counts as abandoned
    /// (<see cref="Contracts.Events.CartAbandoned"/>): between a minute and a week.
    /// </summary>
    public int AbandonedAfterMinutes { get; set; } = 60;

    public bool IsValid => AbandonedAfterMinutes is >= 1 and <= 7 * 24 * 60;
}
