using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Stripe;
using Stripe.Checkout;
using Vetrina.Data;
using Vetrina.Orders.Domain;
using Vetrina.Orders.Payments;
using Vetrina.Payments.Contracts;
using Vetrina.Payments.Stripe;

namespace Vetrina.Orders.Features.Api;

/// <summary>
/// Stripe's webhook. The signature is checked (HMAC over timestamp and body, five minutes' tolerance); an event seen
/// before is acknowledged and skipped; and the event is only a prompt: the payment's state is read from Stripe again, so
/// events that arrive late, twice or out of order cannot move an order backwards or capture twice.
/// </summary>
internal static class StripeWebhookApi
{
    private const long ToleranceSeconds = 300;

    public static IEndpointRouteBuilder MapStripeWebhook(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/payments/stripe/webhook", HandleAsync).ExcludeFromDescription().DisableAntiforgery().AllowAnonymous();
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpContext http, VetrinaDbContext db, IProviderEventLog seen, OrderPayments payments, IOptions<StripeOptions> options)
    {
        using var reader = new StreamReader(http.Request.Body);
        var json = await reader.ReadToEndAsync(http.RequestAborted);
        Event stripeEvent;
        try
        {
            stripeEvent = EventUtility.ConstructEvent(json, http.Request.Headers["Stripe-Signature"], options.Value.WebhookSecret, ToleranceSeconds,
                throwOnApiVersionMismatch: false);
        }
        catch (StripeException e)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Signature not valid", detail: e.Message);
        }

        if (await seen.SeenAsync(stripeEvent.Id, http.RequestAborted))
        {
            return Results.Ok();
        }

        var reference = stripeEvent.Data.Object switch
        {
            Session session => session.Metadata?.GetValueOrDefault("vetrina_payment"),
            PaymentIntent intent => intent.Metadata?.GetValueOrDefault("vetrina_payment"),
            _ => null,
        };
        if (reference is not null && Guid.TryParseExact(reference, "N", out var paymentId)
            && await db.Set<OrderPayment>().AsNoTracking().Where(p => p.Id == paymentId).Select(p => (long?)p.OrderId).FirstOrDefaultAsync(http.RequestAborted)
                is { } orderId)
        {
            await payments.RefreshAsync(orderId, http.RequestAborted);
        }

        db.ChangeTracker.Clear();
        await seen.RememberAsync(stripeEvent.Id, stripeEvent.Type, http.RequestAborted);

        return Results.Ok();
    }
}
