namespace Vetrina.Analytics.Contracts;

/// <summary>What the collector has recorded, in general terms.</summary>
public interface ITrafficLog
{
    /// <summary>Whether any event (a visit, a purchase) has been recorded at all: a new shop has none.</summary>
    Task<bool> AnyAsync(CancellationToken cancellationToken);
}
