namespace Vetrina.Orders.Contracts;

/// <summary>One order as it stands now, for a module that kept its id from an event and needs it again later (a flow's email days after delivery).</summary>
public interface IOrderDirectory
{
    Task<OrderSnapshot?> FindAsync(long orderId, CancellationToken cancellationToken);

    /// <summary>The latest orders placed with an email (at most <paramref name="take"/>), newest first, with their parcels and returns: a customer-service agent's view of the customer.</summary>
    Task<IReadOnlyList<CustomerOrder>> ForEmailAsync(string email, int take, CancellationToken cancellationToken);
}

/// <summary>An order as an agent sees it beside a ticket: where it is, its parcels and the returns asked for, and what a refund can still give back.</summary>
/// <param name="Id">For <see cref="IOrderOperations"/>.</param>
/// <param name="Language">The language the shopper bought in (the returns page's).</param>
public sealed record CustomerOrder(long Id, string Number, OrderStatus Status, Kernel.Money Total, DateTimeOffset PlacedAt, IReadOnlyList<ShopperParcel> Parcels,
    IReadOnlyList<string> Returns, Kernel.Money Refundable, string Language);
