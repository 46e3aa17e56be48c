namespace Vetrina.Orders.Contracts.Events;

/// <summary>Units a shopper sent back arrived at a location; <paramref name="Restocked"/> says whether they went back on the shelf.</summary>
public sealed record ReturnReceived(OrderSnapshot Order, long ReturnId, string Location, bool Restocked, string Reason, IReadOnlyList<UnitsOfLine> Units,
    DateTimeOffset OccurredAt) : OrderEvent(Order, OccurredAt);
