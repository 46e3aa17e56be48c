using Microsoft.AspNetCore.DataProtection;
using Vetrina.EmailMarketing.Automations;
using Vetrina.EmailMarketing.Contracts;
using Vetrina.EmailMarketing.Tracking;

namespace Vetrina.EmailMarketing.Contacts;

internal sealed class Newsletter(ContactBook contacts, EmailTracking tracking, IDataProtectionProvider protection) : INewsletter
{
    public Task<bool> RequestAsync(string? email, string language, string country, bool nightConsent, Requester requester, string? customerId,
        CancellationToken cancellationToken) =>
        contacts.RequestAsync(email, language, country, nightConsent, requester, customerId, cancellationToken: cancellationToken);

    public async Task<bool> ConfirmAsync(string? token, Requester requester, CancellationToken cancellationToken) =>
        (await contacts.ConfirmAsync(token, requester, cancellationToken)).Outcome == ConfirmOutcome.Confirmed;

    public async Task<string?> RecipientAsync(string token, CancellationToken cancellationToken) =>
        (await tracking.RecipientAsync(token, cancellationToken))?.Email;

    public Task<bool> UnsubscribeAsync(string token, Requester requester, CancellationToken cancellationToken) =>
        tracking.UnsubscribeAsync(token, requester, cancellationToken);

    public Guid? RestoredBag(string? token) => CartRestore.Unprotect(protection, token);
}
