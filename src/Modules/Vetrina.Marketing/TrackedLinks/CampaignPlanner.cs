using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.Kernel;

namespace Vetrina.Marketing.TrackedLinks;

/// <summary>What staff type to plan a campaign; checked field by field.</summary>
internal sealed record CampaignInput(string? Name, string? Title, string? Channels, string? StartsOn, string? EndsOn, string? Budget, string? Currency, string? Goal);

/// <summary>Campaigns and their tracked links: created once checked, each problem named by its field.</summary>
internal sealed partial class CampaignPlanner(VetrinaDbContext db, TimeProvider clock)
{
    public async Task<(Campaign? Campaign, IReadOnlyDictionary<string, string> Errors)> CreateAsync(CampaignInput input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        var name = input.Name?.Trim().ToLowerInvariant() ?? "";
        if (!Slug().IsMatch(name))
        {
            errors[nameof(input.Name)] = "Use lower-case letters, digits and dashes (black-friday-2026): it is the utm_campaign tag.";
        }
        else if (await db.Set<Campaign>().AnyAsync(c => c.Name == name, cancellationToken))
        {
            errors[nameof(input.Name)] = $"There is already a campaign called {name}.";
        }

        var title = input.Title?.Trim() ?? "";
        if (title.Length is 0 or > 200)
        {
            errors[nameof(input.Title)] = "Give the campaign a title (up to 200 characters).";
        }

        var starts = Date(input.StartsOn, nameof(input.StartsOn), errors);
        var ends = Date(input.EndsOn, nameof(input.EndsOn), errors);
        if (starts is { } s && ends is { } e && e < s)
        {
            errors[nameof(input.EndsOn)] = "The campaign ends before it starts.";
        }

        if (!Kernel.Currency.TryFromCode(input.Currency, out var currency))
        {
            errors[nameof(input.Currency)] = $"Choose one of {string.Join(", ", Kernel.Currency.All.Select(c => c.Code))}.";
        }

        if (!decimal.TryParse(input.Budget?.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var budget) || budget < 0
            || decimal.Round(budget, currency.MinorDigits) != budget)
        {
            errors[nameof(input.Budget)] = currency.MinorDigits == 0
                ? $"Give the budget as a whole number of {currency.Code} (zero or more)."
                : $"Give the budget in {currency.Code}, zero or more, with at most {currency.MinorDigits} decimals.";
        }

        var channels = (input.Channels ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (channels.Length == 0)
        {
            errors[nameof(input.Channels)] = "Name at least one channel (email, paid-search, paid-social, influencer...).";
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var campaign = new Campaign(name, title, string.Join(',', channels), starts!.Value, ends!.Value, Money.FromMajor(budget, currency).Minor, currency.Code,
            input.Goal?.Trim() is { Length: > 0 } goal ? goal[..Math.Min(goal.Length, 500)] : "", clock.GetUtcNow());
        db.Add(campaign);
        await db.SaveChangesAsync(cancellationToken);
        return (campaign, errors);
    }

    /// <summary>A short link for a campaign, to a page of the shop, with its source and medium (and optional content) as UTM tags.</summary>
    public async Task<(TrackedLink? Link, IReadOnlyDictionary<string, string> Errors)> CreateLinkAsync(long campaignId, string? target, string? source, string? medium,
        string? content, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        if (!await db.Set<Campaign>().AnyAsync(c => c.Id == campaignId, cancellationToken))
        {
            errors["Campaign"] = "Choose a campaign.";
        }

        target = target?.Trim() ?? "";
        if (!target.StartsWith('/') || target.StartsWith("//", StringComparison.Ordinal) || target.Length > 500 || target.Contains('#', StringComparison.Ordinal))
        {
            errors["Target"] = "Give a page of the shop, starting with / (e.g. /it/collections/donna).";
        }

        source = Tag(source, "Source", errors);
        medium = Tag(medium, "Medium", errors);
        content = string.IsNullOrWhiteSpace(content) ? null : Tag(content, "Content", errors);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var link = new TrackedLink(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4)), campaignId, target, source!, medium!, content);
        db.Add(link);
        await db.SaveChangesAsync(cancellationToken);
        return (link, errors);
    }

    /// <summary>The page's address with the campaign's UTM tags added to whatever query it has.</summary>
    public static string Tagged(string target, string campaign, string source, string medium, string? content)
    {
        var tags = $"utm_source={Uri.EscapeDataString(source)}&utm_medium={Uri.EscapeDataString(medium)}&utm_campaign={Uri.EscapeDataString(campaign)}"
            + (content is null ? "" : $"&utm_content={Uri.EscapeDataString(content)}");
        return target + (target.Contains('?', StringComparison.Ordinal) ? "&" : "?") + tags;
    }

    private static string? Tag(string? value, string field, Dictionary<string, string> errors)
    {
        var tag = value?.Trim().ToLowerInvariant() ?? "";
        if (!Slug().IsMatch(tag))
        {
            errors[field] = "Use lower-case letters, digits, dashes or underscores (newsletter, cpc, instagram_story).";
            return null;
        }

        return tag;
    }

    private static DateOnly? Date(string? text, string field, Dictionary<string, string> errors)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[field] = "Give a date as YYYY-MM-DD.";
        return null;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,99}$", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();
}
