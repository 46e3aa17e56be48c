using System.ComponentModel.DataAnnotations;

namespace Vetrina.EmailMarketing.Contacts;

/// <summary>Where a contact stands on marketing email.</summary>
internal enum EmailConsent
{
    /// <summary>Known (a customer, an import without consent) but never asked or never agreed.</summary>
    None,

    /// <summary>Asked to subscribe; waits for the click on the confirmation link (double opt-in).</summary>
    Pending,

    Subscribed,

    /// <summary>
    /// An EU customer who bought and did not object when offered the choice (Italian privacy code art. 130(4), ePrivacy
    /// art. 13(2)): may receive email about products like those bought, with an opt-out in every message, nothing else.
    /// </summary>
    [Display(Name = "Soft opt-in")]
    SoftOptIn,

    Unsubscribed,
}
