using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.Orders.Domain;
using Vetrina.Orders.Payments;
using Vetrina.Payments.Contracts;

namespace Vetrina.Orders.Features.Api;

/// <summary>
/// Stripe's webhook. Payments checks the signature and reads the notice; a notice seen before is acknowledged and
/// skipped; and a notice is only a prompt: the payment's state is read from Stripe again, so notices that arrive late,
/// twice or out of order cannot move an order backwards or capture twice.
/// </summary>
internal static class StripeWebhookApi
{
    public static IEndpointRouteBuilder MapStripeWebhook(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/payments/stripe/webhook", HandleAsync).ExcludeFromDescription().DisableAntiforgery().AllowAnonymous();
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpContext http, VetrinaDbContext db, IProviderWebhook webhook, IProviderEventLog seen, OrderPayments payments)
    {
        using var reader = new StreamReader(http.Request.Body);
        var notice = webhook.Read(await reader.ReadToEndAsync(http.RequestAborted), http.Request.Headers["Stripe-Signature"]);
        if (notice.Problem is { } problem)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Signature not valid", detail: problem);
        }

        if (await seen.SeenAsync(notice.EventId, http.RequestAborted))
        {
            return Results.Ok();
        }

        if (notice.PaymentReference is { } paymentId
            && await db.Set<OrderPayment>().AsNoTracking().Where(p => p.Id == paymentId).Select(p => (long?)p.OrderId).FirstOrDefaultAsync(http.RequestAborted)
                is { } orderId)
        {
            await payments.RefreshAsync(orderId, http.RequestAborted);
        }

        db.ChangeTracker.Clear();
        await seen.RememberAsync(notice.EventId, notice.Type, http.RequestAborted);

        return Results.Ok();
    }
}
