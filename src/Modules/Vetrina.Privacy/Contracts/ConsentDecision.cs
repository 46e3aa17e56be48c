namespace Vetrina.Privacy.Contracts;

/// <summary>What a line of the consent ledger says the person did.</summary>
public enum ConsentDecision
{
    /// <summary>Asked for a consent not yet given: a double opt-in waiting for its click. Not a consent.</summary>
    Requested,

    Given,

    /// <summary>No consent from this moment on: a withdrawal, a refusal on the banner, an unsubscription or an objection.</summary>
    Withdrawn,
}
