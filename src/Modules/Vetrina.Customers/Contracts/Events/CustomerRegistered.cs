using Vetrina.Kernel.Events;

namespace Vetrina.Customers.Contracts.Events;

/// <summary>A shopper created an account in the shop, in <paramref name="Language"/>.</summary>
public sealed record CustomerRegistered(string CustomerId, string Email, string Language, DateTimeOffset OccurredAt) : IntegrationEvent(OccurredAt)
{
    public override string Stream => $"customer:{CustomerId}";
}
