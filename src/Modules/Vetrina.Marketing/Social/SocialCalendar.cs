using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.Kernel;
using Vetrina.Marketing.TrackedLinks;

namespace Vetrina.Marketing.Social;

internal sealed record PostInput(SocialNetwork? Network, DateTimeOffset? ScheduledAt, string? Caption, string? Language, string? Target, string? Campaign);

/// <summary>Posts on the calendar, checked field by field, and the shoppable link each carries.</summary>
internal sealed partial class SocialCalendar(VetrinaDbContext db, TimeProvider clock)
{
    public async Task<(SocialPost? Post, IReadOnlyDictionary<string, string> Errors)> PlanAsync(PostInput input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        if (input.Network is null)
        {
            errors["Network"] = "Choose the network.";
        }

        if (input.ScheduledAt is null)
        {
            errors["ScheduledAt"] = "Give the date and time it goes out.";
        }

        if (string.IsNullOrWhiteSpace(input.Caption) || input.Caption.Length > 2200)
        {
            errors["Caption"] = "Write the caption, up to 2,200 characters (Instagram's limit).";
        }

        if (!Languages.IsSupported(input.Language))
        {
            errors["Language"] = "The language is en, it or ko.";
        }

        var target = input.Target?.Trim() ?? "";
        if (target.Length < 2 || target[0] != '/' || target[1] is '/' or '\\' || target.StartsWith("/admin", StringComparison.Ordinal))
        {
            errors["Target"] = "Link to a page of the shop, like /it/collections/donna.";
        }

        var campaign = string.IsNullOrWhiteSpace(input.Campaign) ? "social" : input.Campaign.Trim().ToLowerInvariant();
        if (!Utm().IsMatch(campaign))
        {
            errors["Campaign"] = "utm_campaign is lower-case letters, digits, dashes or underscores.";
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var post = new SocialPost(input.Network!.Value, input.ScheduledAt!.Value, input.Caption!.Trim(), input.Language!, target, campaign, clock.GetUtcNow());
        db.Add(post);
        await db.SaveChangesAsync(cancellationToken);
        return (post, errors);
    }

    /// <summary>The post's link, tagged so analytics credits its visits and orders to the network, the campaign and the post.</summary>
    public static string ShoppableLink(SocialPost post, string publicUrl) =>
        publicUrl.TrimEnd('/') + CampaignPlanner.Tagged(post.Target, post.Campaign, SocialPost.Source(post.Network), "social", post.Reference);

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,99}$")]
    private static partial Regex Utm();
}
