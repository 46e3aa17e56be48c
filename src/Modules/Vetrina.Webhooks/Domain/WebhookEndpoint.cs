using System.Security.Cryptography;

namespace Vetrina.Webhooks.Domain;

/// <summary>An address Vetrina posts events to, signed with a secret the receiver shares.</summary>
internal sealed class WebhookEndpoint
{
    private WebhookEndpoint()
    {
        Url = null!;
        Secret = null!;
        Events = null!;
    }

    public WebhookEndpoint(Uri url, IEnumerable<string> events, DateTimeOffset at)
    {
        Url = url.ToString();
        Secret = "whsec_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        Events = string.Join(',', events);
        CreatedAt = at;
        Active = true;
    }

    public int Id { get; private set; }

    public string Url { get; private set; }

    /// <summary>The HMAC key; shown to staff so that they can give it to the receiver.</summary>
    public string Secret { get; private set; }

    /// <summary>Comma-separated event types (see <see cref="WebhookEvents"/>).</summary>
    public string Events { get; private set; }

    public bool Active { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public bool Wants(string eventType) => Active && Events.Split(',').Contains(eventType);

    public void Disable() => Active = false;
}
