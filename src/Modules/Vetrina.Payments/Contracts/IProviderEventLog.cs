namespace Vetrina.Payments.Contracts;

/// <summary>The events a payment provider sent to its webhook, remembered so that each is acted on once.</summary>
public interface IProviderEventLog
{
    Task<bool> SeenAsync(string eventId, CancellationToken cancellationToken);

    /// <summary>Remembers an event as handled, saved at once; the same event recorded by a delivery racing this one is no error.</summary>
    Task RememberAsync(string eventId, string type, CancellationToken cancellationToken);
}
