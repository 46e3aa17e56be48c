namespace Vetrina.Orders.Contracts;

/// <summary>One order as it stands now, for a module that kept its id from an event and needs it again later (a flow's email days after delivery).</summary>
public interface IOrderDirectory
{
    Task<OrderSnapshot?> FindAsync(long orderId, CancellationToken cancellationToken);
}
