using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Vetrina.Data;

namespace Vetrina.Marketing.TrackedLinks;

/// <summary><c>/l/{code}</c>: a campaign's short link counts the click and leads to its page with the UTM tags.</summary>
internal static class TrackedLinkEndpoint
{
    public static IEndpointRouteBuilder MapTrackedLinks(this IEndpointRouteBuilder app)
    {
        app.MapGet("/l/{code}", async (string code, VetrinaDbContext db, CancellationToken cancellationToken) =>
        {
            var link = await db.Set<TrackedLink>().AsNoTracking().Where(l => l.Code == code)
                .Join(db.Set<Campaign>(), l => l.CampaignId, c => c.Id, (l, c) => new { l.Id, l.Target, l.Source, l.Medium, l.Content, Campaign = c.Name })
                .FirstOrDefaultAsync(cancellationToken);
            if (link is null)
            {
                return Results.NotFound();
            }

            await db.Set<TrackedLink>().Where(l => l.Id == link.Id).ExecuteUpdateAsync(set => set.SetProperty(l => l.Clicks, l => l.Clicks + 1), cancellationToken);
            return Results.Redirect(CampaignPlanner.Tagged(link.Target, link.Campaign, link.Source, link.Medium, link.Content));
        }).ExcludeFromDescription().AllowAnonymous();
        return app;
    }
}
