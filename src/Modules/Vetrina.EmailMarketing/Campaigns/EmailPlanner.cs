using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.EmailMarketing.Segments;
using Vetrina.EmailMarketing.Templates;
using Vetrina.Kernel;

namespace Vetrina.EmailMarketing.Campaigns;

internal sealed record TemplateInput(string? Name, LocalizedInput? Subject, LocalizedInput? Preheader, LocalizedInput? Body);

internal sealed record LocalizedInput(string? En, string? It, string? Ko);

internal sealed record SegmentInput(string? Name, IReadOnlyList<SegmentCondition>? Conditions);

internal sealed record CampaignInput(string? Name, string? UtmCampaign, int? TemplateId, int? SegmentId, string? Products, bool AboutBoughtProducts,
    string? SubjectB, int? TestPercent, int? WinnerAfterMinutes, DateTimeOffset? SendAt);

/// <summary>Templates, segments and campaigns as staff create them, each checked field by field before anything is stored.</summary>
internal sealed partial class EmailPlanner(VetrinaDbContext db, SegmentQuery segments, TimeProvider clock)
{
    public async Task<(EmailTemplate? Template, IReadOnlyDictionary<string, string> Errors)> SaveTemplateAsync(int? id, TemplateInput input,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Length > 100)
        {
            errors["name"] = "Give the template a name of up to 100 characters.";
        }

        if (string.IsNullOrWhiteSpace(input.Subject?.En))
        {
            errors["subject.en"] = "The English subject is needed: other languages fall back to it.";
        }

        if (string.IsNullOrWhiteSpace(input.Body?.En))
        {
            errors["body.en"] = "The English body is needed: other languages fall back to it.";
        }

        foreach (var (field, text) in new[] { ("subject", input.Subject), ("body", input.Body) })
        {
            foreach (var (language, source) in new[] { ("en", text?.En), ("it", text?.It), ("ko", text?.Ko) })
            {
                if (!string.IsNullOrWhiteSpace(source) && TemplateRenderer.Parse(source).Error is { } error)
                {
                    errors[$"{field}.{language}"] = $"The Liquid does not parse: {error}";
                }
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var now = clock.GetUtcNow();
        var subject = LocalizedText.FromInput(input.Subject!.En!, input.Subject.It, input.Subject.Ko);
        var preheader = string.IsNullOrWhiteSpace(input.Preheader?.En) ? null : LocalizedText.FromInput(input.Preheader.En, input.Preheader.It, input.Preheader.Ko);
        var body = LocalizedText.FromInput(input.Body!.En!, input.Body.It, input.Body.Ko);
        var template = id is { } existing ? await db.Set<EmailTemplate>().SingleOrDefaultAsync(t => t.Id == existing, cancellationToken) : null;
        if (template is null)
        {
            template = new EmailTemplate(input.Name!.Trim(), subject, preheader, body, now);
            db.Add(template);
        }
        else
        {
            template.Change(input.Name!.Trim(), subject, preheader, body, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return (template, errors);
    }

    public async Task<(Segment? Segment, IReadOnlyDictionary<string, string> Errors)> SaveSegmentAsync(SegmentInput input, CancellationToken cancellationToken)
    {
        var conditions = input.Conditions ?? [];
        var (_, errors) = await segments.BuildAsync(conditions, cancellationToken);
        var all = new Dictionary<string, string>(errors.ToDictionary(e => $"conditions[{e.Key}]", e => e.Value));
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Length > 100)
        {
            all["name"] = "Give the segment a name of up to 100 characters.";
        }
        else if (await db.Set<Segment>().AnyAsync(s => s.Name == input.Name.Trim(), cancellationToken))
        {
            all["name"] = "Another segment has this name.";
        }

        if (all.Count > 0)
        {
            return (null, all);
        }

        var segment = new Segment(input.Name!.Trim(), conditions, clock.GetUtcNow());
        db.Add(segment);
        await db.SaveChangesAsync(cancellationToken);
        return (segment, all);
    }

    public async Task<(EmailCampaign? Campaign, IReadOnlyDictionary<string, string> Errors)> CreateCampaignAsync(CampaignInput input, string actor,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Length > 100)
        {
            errors["name"] = "Give the campaign a name of up to 100 characters.";
        }

        var utm = input.UtmCampaign?.Trim().ToLowerInvariant();
        if (utm is null || !UtmName().IsMatch(utm))
        {
            errors["utmCampaign"] = "utm_campaign is lower-case letters, digits and dashes, like spring-drop-2027.";
        }

        if (input.TemplateId is not { } templateId || !await db.Set<EmailTemplate>().AnyAsync(t => t.Id == templateId, cancellationToken))
        {
            errors["templateId"] = "Choose an existing template.";
        }

        if (input.SegmentId is { } segmentId && !await db.Set<Segment>().AnyAsync(s => s.Id == segmentId, cancellationToken))
        {
            errors["segmentId"] = "Choose an existing segment, or none to send to every subscriber.";
        }

        var ab = !string.IsNullOrWhiteSpace(input.SubjectB);
        if (ab && input.TestPercent is not (>= 2 and <= 50))
        {
            errors["testPercent"] = "An A/B test goes to 2 to 50 percent of the recipients.";
        }

        if (ab && input.WinnerAfterMinutes is not (>= 1 and <= 10080))
        {
            errors["winnerAfterMinutes"] = "Pick the winner 1 minute to 7 days after the test share was sent.";
        }

        if (ab && TemplateRenderer.Parse(input.SubjectB!).Error is { } subjectError)
        {
            errors["subjectB"] = $"The Liquid does not parse: {subjectError}";
        }

        var now = clock.GetUtcNow();
        if (input.SendAt is { } sendAt && sendAt < now.AddMinutes(-5))
        {
            errors["sendAt"] = "The send time is in the past: leave it empty to send now.";
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var products = string.Join(',', (input.Products ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var campaign = new EmailCampaign(input.Name!.Trim(), utm!, input.TemplateId!.Value, input.SegmentId, products, input.AboutBoughtProducts,
            ab ? input.SubjectB!.Trim() : null, ab ? input.TestPercent!.Value : 0, TimeSpan.FromMinutes(ab ? input.WinnerAfterMinutes!.Value : 0), actor, now);
        campaign.Schedule(input.SendAt ?? now);
        db.Add(campaign);
        await db.SaveChangesAsync(cancellationToken);
        return (campaign, errors);
    }

    /// <summary>
    /// Stops a scheduled or sending campaign: what has gone has gone, the rest is marked as not sent on purpose. Null for
    /// an unknown campaign, false for one that cannot be stopped (sent, cancelled, a flow's step).
    /// </summary>
    public async Task<bool?> CancelAsync(int id, CancellationToken cancellationToken)
    {
        var campaign = await db.Set<EmailCampaign>().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (campaign is null)
        {
            return null;
        }

        if (!campaign.Cancel())
        {
            return false;
        }

        await db.SaveChangesAsync(cancellationToken);
        // A row a sender holds right now may still go out; its claim is respected, the rest will not.
        var now = clock.GetUtcNow();
        await db.Set<EmailSend>().Where(s => s.CampaignId == id && s.FinishedAt == null && s.Skipped == null && (s.ClaimedUntil == null || s.ClaimedUntil < now))
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.Skipped, "cancelled"), cancellationToken);
        return true;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,99}$")]
    private static partial Regex UtmName();
}
