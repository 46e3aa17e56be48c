namespace Vetrina.Orders.Contracts.Events;

/// <summary>
/// A shopper asked to send units back (through the returns page or a withdrawal); the units arrive later
/// (<see cref="ReturnReceived"/>). <paramref name="Lines"/> carry each unit's reason.
/// </summary>
public sealed record ReturnRequested(OrderSnapshot Order, long ReturnRequestId, string ReturnNumber, string Method, IReadOnlyList<ReturnedUnits> Lines,
    DateTimeOffset OccurredAt) : OrderEvent(Order, OccurredAt);

/// <summary>Units of an order line on their way back, and why.</summary>
public sealed record ReturnedUnits(long LineId, string SkuCode, int Quantity, ReturnReason Reason);
