using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Vetrina.Data;
using Vetrina.Kernel;
using Vetrina.Webhooks.Domain;

namespace Vetrina.Webhooks.Delivery;

/// <summary>
/// Posts queued events. A node claims a delivery with a conditional update before posting it (one node, one post);
/// an answer other than 2xx, a timeout or a refused connection schedules a retry with exponential backoff (10 s, 20 s,
/// 40 s … at most an hour) up to twelve attempts. The job runner calls <see cref="SendDueAsync"/> every two seconds.
/// </summary>
public sealed partial class WebhookSender(IServiceScopeFactory scopes, IHttpClientFactory clients, TimeProvider clock, ILogger<WebhookSender> logger)
{
    public const string ClientName = "webhooks";
    public const int MaxAttempts = 12;
    private const int BatchSize = 20;
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(2);

    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VetrinaDbContext>();
        var now = clock.GetUtcNow();
        var due = await db.Set<WebhookDelivery>().AsNoTracking()
            .Where(d => d.DeliveredAt == null && d.DueAt <= now && d.Attempts < MaxAttempts && (d.ClaimedUntil == null || d.ClaimedUntil < now))
            .OrderBy(d => d.DueAt).Take(BatchSize).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var delivery in due)
        {
            var claimedUntil = now + ClaimFor;
            var won = await db.Set<WebhookDelivery>()
                .Where(d => d.Id == delivery.Id && d.DeliveredAt == null && (d.ClaimedUntil == null || d.ClaimedUntil < now))
                .ExecuteUpdateAsync(set => set.SetProperty(d => d.ClaimedUntil, claimedUntil), cancellationToken);
            if (won == 0)
            {
                continue;
            }

            var endpoint = await db.Set<WebhookEndpoint>().AsNoTracking().FirstAsync(e => e.Id == delivery.EndpointId, cancellationToken);
            var (status, error) = await PostAsync(endpoint, delivery, cancellationToken);
            var finished = clock.GetUtcNow();
            var attempts = delivery.Attempts + 1;
            if (error is null)
            {
                await db.Set<WebhookDelivery>().Where(d => d.Id == delivery.Id).ExecuteUpdateAsync(set => set
                    .SetProperty(d => d.DeliveredAt, finished).SetProperty(d => d.Attempts, attempts).SetProperty(d => d.LastStatus, status)
                    .SetProperty(d => d.LastError, (string?)null).SetProperty(d => d.ClaimedUntil, (DateTimeOffset?)null), cancellationToken);
                sent++;
                continue;
            }

            var next = finished + RetryBackoff.After(attempts);
            await db.Set<WebhookDelivery>().Where(d => d.Id == delivery.Id).ExecuteUpdateAsync(set => set
                .SetProperty(d => d.Attempts, attempts).SetProperty(d => d.LastStatus, status).SetProperty(d => d.LastError, error)
                .SetProperty(d => d.DueAt, next).SetProperty(d => d.ClaimedUntil, (DateTimeOffset?)null), cancellationToken);
            LogFailed(delivery.EventType, endpoint.Url, attempts, error);
        }

        return sent;
    }


    private async Task<(int? Status, string? Error)> PostAsync(WebhookEndpoint endpoint, WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url)
        {
            Content = new StringContent(delivery.Payload, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Add("Vetrina-Event", delivery.EventType);
        request.Headers.Add("Vetrina-Event-Id", delivery.EventId.ToString());
        request.Headers.Add("Vetrina-Signature", WebhookSignature.Sign(endpoint.Secret, delivery.Payload, clock.GetUtcNow()));
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, cancellationToken);
            var status = (int)response.StatusCode;
            return response.IsSuccessStatusCode ? (status, null) : (status, $"The receiver answered {status}.");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return (null, e.Message.Length > 1000 ? e.Message[..1000] : e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook {EventType} to {Url} failed (attempt {Attempts}): {Error}")]
    private partial void LogFailed(string eventType, string url, int attempts, string error);
}
