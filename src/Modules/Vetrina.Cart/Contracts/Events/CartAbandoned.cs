using Vetrina.Kernel.Events;

namespace Vetrina.Cart.Contracts.Events;

/// <summary>
/// A signed-in customer's bag has lain untouched for the shop's abandonment time (an hour unless
/// <c>Vetrina:Cart:AbandonedAfterMinutes</c> says otherwise) with something in it. Told once per change of the bag: a bag
/// changed and left again is abandoned again. Guests' bags are not told of (nobody could be written to about them).
/// </summary>
/// <param name="LastChangedAt">When the shopper last changed the bag: the abandonment counts from there.</param>
public sealed record CartAbandoned(Guid CartId, string CustomerId, string Market, DateTimeOffset LastChangedAt, IReadOnlyList<BagLine> Lines,
    DateTimeOffset OccurredAt) : IntegrationEvent(OccurredAt)
{
    public override string Stream => $"cart:{CartId:N}";
}
