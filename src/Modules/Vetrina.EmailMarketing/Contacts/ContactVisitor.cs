namespace Vetrina.EmailMarketing.Contacts;

/// <summary>
/// An analytics visitor known to be a contact, because an order placed from that browser gave the address: how flows
/// recognise a shopper who browses without signing in. Kept from the orders' events.
/// </summary>
internal sealed class ContactVisitor(Guid visitorId, string email, DateTimeOffset lastSeenAt)
{
    public Guid VisitorId { get; private set; } = visitorId;

    /// <summary>The contact's address, normalised as contacts keep it.</summary>
    public string Email { get; private set; } = email;

    public DateTimeOffset LastSeenAt { get; private set; } = lastSeenAt;

    public void Seen(DateTimeOffset at)
    {
        if (at > LastSeenAt)
        {
            LastSeenAt = at;
        }
    }
}
