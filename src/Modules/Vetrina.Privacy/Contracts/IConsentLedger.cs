namespace Vetrina.Privacy.Contracts;

/// <summary>
/// The one record of consent, for every module: the banner, checkout, sign-up forms, imports and unsubscriptions all
/// write here, and whoever must show or honour a consent reads here (GDPR art. 7(1): the shop must be able to show it).
/// </summary>
public interface IConsentLedger
{
    /// <summary>
    /// Adds the line to the caller's unit of work, with its <see cref="Events.ConsentGiven"/> or
    /// <see cref="Events.ConsentWithdrawn"/> (a request publishes nothing): both are saved with the caller's change or not at all.
    /// </summary>
    void Record(ConsentStatement statement);

    /// <summary>
    /// Many lines at once, written straight away in the caller's transaction (a stream on PostgreSQL) and without events:
    /// for imports, whose consents were given elsewhere and whose effect the importer applies itself.
    /// </summary>
    Task RecordManyAsync(IReadOnlyCollection<ConsentStatement> statements, CancellationToken cancellationToken = default);

    /// <summary>Every line about an email address, oldest first.</summary>
    Task<IReadOnlyList<ConsentStatement>> OfEmailAsync(string email, CancellationToken cancellationToken = default);

    /// <summary>Every line about an anonymous visitor (the id in the consent cookie), oldest first.</summary>
    Task<IReadOnlyList<ConsentStatement>> OfVisitorAsync(Guid visitorId, CancellationToken cancellationToken = default);
}
