namespace Vetrina.EmailMarketing.Contracts;

/// <summary>
/// The newsletter as the shop's pages use it: sign-up with double opt-in, the confirmation link, the unsubscribe link
/// of every email, and the restore link of an abandoned-bag email.
/// </summary>
public interface INewsletter
{
    /// <summary>
    /// Asks to subscribe: nothing is subscribed until the link in the confirmation email is clicked. False when the
    /// address is not one an email can go to.
    /// </summary>
    Task<bool> RequestAsync(string? email, string language, string country, bool nightConsent, Requester requester, string? customerId,
        CancellationToken cancellationToken);

    /// <summary>The click on the confirmation link: consent is given now, from this browser. False when the link is unknown or out of date.</summary>
    Task<bool> ConfirmAsync(string? token, Requester requester, CancellationToken cancellationToken);

    /// <summary>The address an email's unsubscribe link is for; null for an unknown link.</summary>
    Task<string?> RecipientAsync(string token, CancellationToken cancellationToken);

    /// <summary>Unsubscribes the recipient of an email; false for an unknown link. Doing it twice changes nothing.</summary>
    Task<bool> UnsubscribeAsync(string token, Requester requester, CancellationToken cancellationToken);

    /// <summary>The bag an abandoned-bag email's restore link brings back; null when the link is forged or older than two weeks.</summary>
    Guid? RestoredBag(string? token);
}
