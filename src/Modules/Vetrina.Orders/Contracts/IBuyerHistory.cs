namespace Vetrina.Orders.Contracts;

/// <summary>
/// What every buyer has bought, for modules that keep figures per customer (email contacts' order counts and RFM, the
/// coming CRM): bulk reads over sold orders, meaning orders whose payment went through and that were not cancelled.
/// </summary>
public interface IBuyerHistory
{
    /// <summary>A number that changes whenever the sales below change (an order sold, cancelled or refunded): cheap to ask often.</summary>
    Task<long> SignatureAsync(CancellationToken cancellationToken = default);

    /// <summary>Sold orders grouped by the address they were placed with and their currency.</summary>
    Task<IReadOnlyList<BuyerSales>> SalesAsync(CancellationToken cancellationToken = default);

    /// <summary>The first sold order of each of these addresses (as <see cref="BuyerSales.Email"/> gives them): its language and shipping country.</summary>
    Task<IReadOnlyList<BuyerFirstOrder>> FirstOrdersAsync(IReadOnlyCollection<string> emails, CancellationToken cancellationToken = default);

    /// <summary>
    /// The addresses (as entered at checkout) that bought, in a sold order, any of these styles (any product when null), in
    /// this size when given, in orders placed since <paramref name="since"/> when given: for audiences such as "bought a
    /// linen shirt in M this season".
    /// </summary>
    Task<IReadOnlyList<string>> BuyersOfAsync(IReadOnlyCollection<string>? styles, string? size, DateTimeOffset? since,
        CancellationToken cancellationToken = default);
}

/// <param name="Email">As entered at checkout (not normalised: one person may appear under two spellings).</param>
/// <param name="TotalMinor">The orders' totals, VAT included, in <paramref name="Currency"/>'s minor units.</param>
/// <param name="RefundedMinor">Refunded to the card and to gift cards on those orders.</param>
/// <param name="CustomerId">An account any of the orders was placed from, if one was.</param>
public sealed record BuyerSales(string Email, string Currency, int Orders, long TotalMinor, long RefundedMinor, DateTimeOffset First, DateTimeOffset Last,
    string? CustomerId);

public sealed record BuyerFirstOrder(string Email, string Language, string Country, DateTimeOffset PlacedAt);
