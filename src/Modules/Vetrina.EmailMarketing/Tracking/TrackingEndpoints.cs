using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Vetrina.EmailMarketing.Contacts;
using Vetrina.EmailMarketing.Contracts;
using Vetrina.Kernel;

namespace Vetrina.EmailMarketing.Tracking;

/// <summary>
/// The addresses campaign emails link to: <c>/e/o/{token}.gif</c> (open pixel), <c>/e/c/{token}</c> (click redirect) and
/// <c>/e/u/{token}</c> (unsubscribe: GET shows the question, only POST unsubscribes, as RFC 8058 requires so that link
/// scanners never unsubscribe anyone).
/// </summary>
internal static class TrackingEndpoints
{
    // The smallest transparent GIF.
    private static readonly byte[] Pixel = Convert.FromBase64String("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    public static IEndpointRouteBuilder MapEmailTracking(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/e").ExcludeFromDescription().AllowAnonymous();
        group.MapGet("/o/{token}.gif", async (string token, EmailTracking tracking, HttpResponse response, CancellationToken cancellationToken) =>
        {
            await tracking.OpenedAsync(token, cancellationToken);
            response.Headers.CacheControl = "no-store, private";
            return Results.File(Pixel, "image/gif");
        });
        group.MapGet("/c/{token}", async (string token, string? u, string? h, EmailTracking tracking, IOptions<SiteOptions> site,
            CancellationToken cancellationToken) =>
        {
            var publicUrl = site.Value.Base;
            var target = await tracking.ClickedAsync(token, u, h, publicUrl, cancellationToken);
            return Results.Redirect(target ?? publicUrl + "/");
        });
        group.MapGet("/u/{token}", async (string token, EmailTracking tracking, CancellationToken cancellationToken) =>
            await tracking.RecipientAsync(token, cancellationToken) is { } recipient
                ? Results.Redirect($"/{recipient.Language}/newsletter/unsubscribe?t={Uri.EscapeDataString(token)}")
                : Results.NotFound());
        group.MapPost("/u/{token}", async (string token, EmailTracking tracking, HttpContext http, CancellationToken cancellationToken) =>
        {
            var requester = new Requester("one-click", http.Connection.RemoteIpAddress?.ToString(), http.Request.Headers.UserAgent.ToString());
            return await tracking.UnsubscribeAsync(token, requester, cancellationToken)
                ? Results.Text("Unsubscribed.\n", "text/plain")
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such unsubscribe link.",
                    detail: "The link is not one this shop sent, or it was cut short: use the unsubscribe link of the email itself.");
        }).DisableAntiforgery();
        return app;
    }
}
