using Vetrina.Helpdesk.Domain;
using Vetrina.Orders.Contracts;

namespace Vetrina.Helpdesk.Inbox;

/// <summary>
/// What an agent does to the customer's orders from a ticket: the back office's own cancel, refund and resend, with
/// their checks; only on an order placed with the ticket's email, and each one noted on the ticket for the next agent.
/// </summary>
internal sealed class TicketActions(TicketInbox inbox, IOrderDirectory directory, IOrderOperations operations)
{
    /// <summary>The customer's latest orders, shown beside a ticket: the ones an agent can act on from it.</summary>
    public const int OrdersShown = 10;

    public Task<TicketInbox.Result> CancelAsync(string number, string orderNumber, string? reason, string agent, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > 500
            ? Task.FromResult(new TicketInbox.Result(false, "Say why the order is cancelled (up to 500 characters): the customer reads it in the email."))
            : ActAsync(number, orderNumber, agent, order => operations.CancelAsync(order.Id, reason.Trim(), agent, cancellationToken),
                order => $"Cancelled order {order.Number}: {reason.Trim()}", cancellationToken);

    public Task<TicketInbox.Result> RefundAsync(string number, string orderNumber, decimal amount, string? reason, string key, string agent,
        CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > 500
            ? Task.FromResult(new TicketInbox.Result(false, "Say what the refund is for (up to 500 characters)."))
            : ActAsync(number, orderNumber, agent, order => operations.RefundAsync(order.Id, amount, reason.Trim(), $"ticket:{key}", agent, cancellationToken),
                order => $"Refunded {Kernel.Money.FromMajor(amount, order.Total.Currency).Format()} on order {order.Number}: {reason.Trim()}", cancellationToken);

    public Task<TicketInbox.Result> ResendConfirmationAsync(string number, string orderNumber, string key, string agent, CancellationToken cancellationToken) =>
        ActAsync(number, orderNumber, agent, order => operations.ResendConfirmationAsync(order.Id, $"ticket:{key}", agent, cancellationToken),
            order => $"Sent the confirmation of order {order.Number} again.", cancellationToken);

    private async Task<TicketInbox.Result> ActAsync(string number, string orderNumber, string agent, Func<CustomerOrder, Task<OrderActionResult>> act,
        Func<CustomerOrder, string> note, CancellationToken cancellationToken)
    {
        if (await inbox.FindAsync(number, cancellationToken) is not { } ticket)
        {
            return new TicketInbox.Result(false, $"There is no ticket {number}.");
        }

        var order = (await directory.ForEmailAsync(ticket.Email, OrdersShown, cancellationToken))
            .FirstOrDefault(o => string.Equals(o.Number, orderNumber?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (order is null)
        {
            return new TicketInbox.Result(false, $"{ticket.Email} has no order {orderNumber}: act only on the orders listed beside the ticket.");
        }

        var result = await act(order);
        if (!result.Succeeded)
        {
            return new TicketInbox.Result(false, result.Detail ?? $"The order could not be changed ({result.Error}).");
        }

        await inbox.RecordAsync(ticket.Number, note(order), agent, cancellationToken);
        return TicketInbox.Result.Ok;
    }
}
