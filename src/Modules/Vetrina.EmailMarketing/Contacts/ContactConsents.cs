using Vetrina.EmailMarketing.Contracts;
using Vetrina.Privacy.Contracts;

namespace Vetrina.EmailMarketing.Contacts;

/// <summary>A contact's consent step as a line of the consent ledger, which keeps the proof for the whole platform.</summary>
internal static class ContactConsents
{
    public static ConsentStatement Of(Contact contact, string purpose, ConsentDecision decision, string source, string? reference, string textVersion,
        string text, DateTimeOffset at, Requester? requester = null) =>
        new(purpose, ConsentChannels.Email, decision, source, textVersion, text, at)
        {
            Email = contact.Email,
            CustomerId = contact.CustomerId,
            Language = contact.Language,
            Country = contact.Country,
            Reference = reference,
            IpAddress = requester?.IpAddress,
            UserAgent = requester?.UserAgent,
        };
}
