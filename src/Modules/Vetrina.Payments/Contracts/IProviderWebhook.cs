namespace Vetrina.Payments.Contracts;

/// <summary>Reads what a payment provider posts to its webhook, so that the module owning the payments never parses the provider's format.</summary>
public interface IProviderWebhook
{
    /// <summary>Checks the notice's signature and reads which payment it is about.</summary>
    ProviderNotice Read(string body, string? signature);
}

/// <summary>
/// A notice from the provider: <paramref name="Problem"/> says why it was refused (a signature that does not hold);
/// <paramref name="PaymentReference"/> is the payment the shop gave the provider, when the notice is about one. A notice
/// is only a prompt: the payment's state is read from the provider again.
/// </summary>
public sealed record ProviderNotice(string EventId, string Type, Guid? PaymentReference, string? Problem = null)
{
    public static ProviderNotice Refused(string problem) => new("", "", null, problem);
}
