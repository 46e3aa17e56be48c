namespace Vetrina.Helpdesk.Contracts;

/// <summary>Where a shopper's question enters customer service: the contact form, "help with this order", later inbound email.</summary>
public interface IHelpdeskIntake
{
    /// <summary>Opens a ticket once per <see cref="ContactRequest.Key"/> and acknowledges it by email, or says why not.</summary>
    Task<ContactOutcome> OpenAsync(ContactRequest request, CancellationToken cancellationToken);
}

/// <summary>What a shopper asks about; agents' views and reports group by it.</summary>
public enum TicketTopic
{
    Order,
    Delivery,
    Returns,
    Sizes,
    Payments,
    Product,
    Other,
}

/// <summary>Where a ticket came from.</summary>
public enum TicketChannel
{
    ContactForm,
    OrderPage,
    Email,
}

/// <param name="Key">The form's one-time token: sent twice, it is one ticket.</param>
/// <param name="CustomerId">The signed-in customer who wrote, if any.</param>
/// <param name="Market">The market the shopper was browsing: the ticket's service hours are that market's.</param>
/// <param name="Photos">Photos the shopper attached (a damaged item, a wrong label), at most <see cref="MaxPhotos"/>.</param>
public sealed record ContactRequest(string Key, string? Name, string? Email, TicketTopic Topic, string? OrderNumber, string? Message, string Language,
    TicketChannel Channel, string? CustomerId, string? Market = null, IReadOnlyList<Upload>? Photos = null)
{
    public const int MaxPhotos = 3;
}

/// <summary>A file a shopper sends with a message.</summary>
public sealed record Upload(Stream Content, string FileName, long Length);

/// <param name="Errors">Field name ("Name", "Email", "Message", "OrderNumber") to what is wrong with it.</param>
public sealed record ContactOutcome(string? TicketNumber, IReadOnlyDictionary<string, ContactProblem> Errors);

public enum ContactProblem
{
    Required,
    TooLong,
    NotAnEmail,

    /// <summary>A file that is not a photo, or too large.</summary>
    PhotoRefused,

    TooManyPhotos,
}
