using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Vetrina.Data;
using Vetrina.Data.Work;
using Vetrina.Webhooks.Domain;

namespace Vetrina.Webhooks.Delivery;

/// <summary>
/// Posts queued events. A node claims a delivery with a conditional update before posting it (one node, one post);
/// an answer other than 2xx, a timeout or a refused connection schedules a retry with exponential backoff (10 s, 20 s,
/// 40 s … at most an hour) up to twelve attempts, then dead-letters it (the shared <see cref="LeasedWorkQueue"/>). The
/// job runner calls <see cref="SendDueAsync"/> every two seconds.
/// </summary>
internal sealed partial class WebhookSender(IServiceScopeFactory scopes, IHttpClientFactory clients, TimeProvider clock, ILogger<WebhookSender> logger)
{
    public const string ClientName = "webhooks";
    public const int MaxAttempts = 12;
    private const int BatchSize = 20;
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(2);

    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VetrinaDbContext>();
        var (token, due) = await LeasedWorkQueue.ClaimRowsAsync(db, db.Set<WebhookDelivery>(), BatchSize, ClaimFor, clock.GetUtcNow(), cancellationToken);
        var endpointIds = due.Select(d => d.EndpointId).Distinct().ToList();
        var endpoints = await db.Set<WebhookEndpoint>().AsNoTracking().Where(e => endpointIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var sent = 0;
        foreach (var delivery in due)
        {
            var endpoint = endpoints[delivery.EndpointId];
            var (status, error) = await PostAsync(endpoint, delivery, cancellationToken);
            await db.Set<WebhookDelivery>().Where(d => d.Id == delivery.Id).ExecuteUpdateAsync(set => set.SetProperty(d => d.LastStatus, status), cancellationToken);
            if (error is null)
            {
                await LeasedWorkQueue.FinishAsync<WebhookDelivery>(db, delivery.Id, token, clock.GetUtcNow(), cancellationToken);
                sent++;
                continue;
            }

            await LeasedWorkQueue.FailAsync(db, delivery, token, error, clock.GetUtcNow(), MaxAttempts, cancellationToken);
            LogFailed(delivery.EventType, endpoint.Url, delivery.Attempts + 1, error);
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
