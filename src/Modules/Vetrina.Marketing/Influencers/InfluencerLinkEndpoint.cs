using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.Marketing.TrackedLinks;

namespace Vetrina.Marketing.Influencers;

/// <summary>
/// An influencer's link, <c>/i/{handle}</c> (optionally <c>?to=/it/collections/donna</c>): to a page of the shop with
/// utm_medium=influencer and utm_source=the handle, which analytics records and attribution reads. No cookie of its
/// own: a visitor without consent is counted by the day's cookieless id, as every other visit.
/// </summary>
internal static class InfluencerLinkEndpoint
{
    public static IEndpointRouteBuilder MapInfluencerLinks(this IEndpointRouteBuilder app)
    {
        app.MapGet("/i/{handle}", async (string handle, string? to, VetrinaDbContext db, CancellationToken cancellationToken) =>
        {
            var normalised = handle.ToLowerInvariant();
            var known = await db.Set<Influencer>().AsNoTracking().AnyAsync(i => i.Handle == normalised && i.Active, cancellationToken);
            if (!known)
            {
                return Results.NotFound();
            }

            // Only a path of this shop: the link is never an open redirect.
            var target = to is { Length: > 1 } && to[0] == '/' && to[1] != '/' && to[1] != '\\' ? to : "/";
            return Results.Redirect(CampaignPlanner.Tagged(target, $"influencer-{normalised}", normalised, "influencer", null));
        }).ExcludeFromDescription().AllowAnonymous();
        return app;
    }
}
