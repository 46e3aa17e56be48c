namespace Vetrina.Orders.Contracts;

/// <summary>
/// The withdrawal function of EU consumer law (directive 2023/2673; Codice del Consumo art. 54-bis): a shopper, signed
/// in or not, names an order by its number and email, chooses the whole order or some units, confirms, and gets an
/// acknowledgement with the date and time the shop received the withdrawal. Each withdrawal is kept in a chained log.
/// </summary>
public interface IWithdrawals
{
    /// <summary>The order a shopper names and what of it can still be withdrawn, or why nothing can.</summary>
    Task<WithdrawalReview> ReviewAsync(string? orderNumber, string? email, CancellationToken cancellationToken);

    /// <summary>Records the withdrawal once per <see cref="WithdrawalRequest.Key"/> and mails its acknowledgement.</summary>
    Task<WithdrawalOutcome> ConfirmAsync(WithdrawalRequest request, CancellationToken cancellationToken);
}

/// <param name="Key">The confirming form's one-time token: sent twice, it is one withdrawal.</param>
/// <param name="Units">Units per order line id; null withdraws everything not yet withdrawn or returned.</param>
public sealed record WithdrawalRequest(string Key, string? Name, string? OrderNumber, string? Email, string Language, IReadOnlyDictionary<long, int>? Units);

/// <summary>A line of the order and how many of its units can still be withdrawn.</summary>
public sealed record WithdrawableLine(long LineId, string Name, string Colour, string Size, int Units);

/// <param name="Deadline">The last moment of the withdrawal period; null while the order has not all been delivered (the period has not begun).</param>
public sealed record WithdrawalReview(WithdrawalRefusal? Refusal, string? OrderNumber, IReadOnlyList<WithdrawableLine> Lines, DateTimeOffset? Deadline,
    string? TimeZone);

/// <param name="ReceivedAt">When the shop received the withdrawal: the moment that counts for the deadline.</param>
public sealed record WithdrawalOutcome(WithdrawalRefusal? Refusal, string? OrderNumber, DateTimeOffset? ReceivedAt, IReadOnlyList<WithdrawableLine> Withdrawn,
    string? TimeZone);

/// <summary>Why a withdrawal cannot be made; the shop says each in the shopper's language.</summary>
public enum WithdrawalRefusal
{
    /// <summary>No order with this number and email (the two are never told apart: a number alone reveals nothing).</summary>
    NotFound,

    /// <summary>The order was not delivered to an EU country: the law's withdrawal function does not apply (returns do).</summary>
    OutsideTheEu,

    /// <summary>Fourteen days have passed since the order was delivered.</summary>
    PeriodOver,

    /// <summary>The order was cancelled, or every unit has been withdrawn or returned already.</summary>
    NothingLeft,

    /// <summary>A quantity is more than the line has left, or the line is not the order's.</summary>
    TooMany,

    /// <summary>Every quantity was left at nought.</summary>
    NothingChosen,

    NameRequired,
}
