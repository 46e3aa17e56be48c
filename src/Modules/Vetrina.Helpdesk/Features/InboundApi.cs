using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using MimeKit;
using Vetrina.Helpdesk.Inbound;

namespace Vetrina.Helpdesk.Features;

/// <summary>
/// Inbound email posted by a mail provider as a raw message (message/rfc822), signed with the shared secret. A message
/// over the size limit is refused with 413 (the provider bounces it to the sender); one without a valid signature with 401.
/// </summary>
internal static class InboundApi
{
    public static IEndpointRouteBuilder MapHelpdeskInbound(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/helpdesk/inbound", HandleAsync).DisableAntiforgery().AllowAnonymous().WithTags("Customer service").WithName("PostInboundEmail")
            .WithSummary("Takes an inbound email as a raw message/rfc822 body signed with Vetrina-Signature: threads it onto its ticket, opens one, or ignores an auto-reply.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpContext http, InboundMail inbound, IOptions<HelpdeskOptions> options, TimeProvider clock)
    {
        if (options.Value.InboundSecret is not { Length: > 0 } secret)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Inbound email is not set up",
                detail: "Set Vetrina:Helpdesk:InboundSecret and give the same secret to the mail provider.");
        }

        var limit = options.Value.MaxMessageBytes;
        if (http.Request.ContentLength > limit)
        {
            return TooLarge(limit);
        }

        using var body = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await http.Request.Body.ReadAsync(buffer, http.RequestAborted)) > 0)
        {
            if (body.Length + read > limit)
            {
                return TooLarge(limit);
            }

            body.Write(buffer, 0, read);
        }

        if (!InboundSignature.Verify(secret, http.Request.Headers["Vetrina-Signature"], body.GetBuffer().AsSpan(0, (int)body.Length), clock.GetUtcNow()))
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Signature not valid",
                detail: "Sign the raw message as t=<unix seconds>,v1=<hex HMAC-SHA256 of \"t.\" and the body> with the shared secret.");
        }

        body.Position = 0;
        MimeMessage message;
        try
        {
            message = await MimeMessage.LoadAsync(body, http.RequestAborted);
        }
        catch (FormatException e)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The body is not an email message.", detail: e.Message);
        }

        if (message.From.Mailboxes.FirstOrDefault() is null && message.Headers["Auto-Submitted"] is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The message has no sender.", detail: "An inbound email needs a From address.");
        }

        var result = await inbound.ProcessAsync(message, http.RequestAborted);
        return Results.Ok(new { outcome = result.Outcome.ToString(), ticket = result.TicketNumber, reason = result.Reason });
    }

    private static IResult TooLarge(long limit) => Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The message is too large",
        detail: $"Messages up to {limit / (1024 * 1024)} MB are taken; bounce this one to its sender.");
}
