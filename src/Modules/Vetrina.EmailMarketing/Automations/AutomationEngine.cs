using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vetrina.Analytics.Contracts;
using Vetrina.Cart.Contracts;
using Vetrina.Data;
using Vetrina.EmailMarketing.Campaigns;
using Vetrina.EmailMarketing.Contacts;
using Vetrina.EmailMarketing.Segments;
using Vetrina.Kernel;
using Vetrina.Markets.Contracts;
using Vetrina.Orders.Contracts;
using Vetrina.Catalog.Contracts;

namespace Vetrina.EmailMarketing.Automations;

/// <summary>
/// Runs the flows, every minute on one node: finds new triggers (each starts one run per contact and key, among the
/// flow's segment if it has one), then moves due runs on: ends those whose contact left the flow's segment or may no
/// longer be written to, skips a step under the frequency cap, or writes the step's email for the campaign sender,
/// which keeps it out of the night. Events start the abandoned-bag flow (<see cref="Subscriptions.FollowBags"/>) and the
/// post-purchase flow, and end shopping flows on a purchase (<see cref="Subscriptions.FollowOrders"/>).
/// </summary>
internal sealed class AutomationEngine(VetrinaDbContext db, CampaignAudience audience, ICatalogSnapshots catalog, IMarketDirectory markets, IOrderDirectory orders,
    IBagDirectory bags, ITrafficLog traffic, IDataProtectionProvider protection, IOptions<SiteOptions> site, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await AutomationDefaults.EnsureAsync(db, now, cancellationToken);
        var automations = await db.Set<Automation>().Include(a => a.Steps).Where(a => a.Enabled).ToListAsync(cancellationToken);
        // The review request and the abandoned-bag reminder start from events (an order delivered, a bag left), not from a search here.
        foreach (var automation in automations.Where(a => a.Steps.Count > 0 && a.Kind is not (AutomationKind.PostPurchase or AutomationKind.AbandonedCart)))
        {
            await TriggerAsync(automation, now, cancellationToken);
        }

        await AdvanceAsync(automations.ToDictionary(a => a.Id), now, cancellationToken);
    }

    /// <summary>Switches a flow on or off and sets its frequency cap and win-back delay.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ConfigureAsync(AutomationKind kind, AutomationSettings settings, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        if (settings.SmartSendingHours is < 0 or > 168)
        {
            errors["smartSendingHours"] = "The frequency cap is 0 (off) to 168 hours.";
        }

        if (settings.WinBackDays is < 30 or > 730)
        {
            errors["winBackDays"] = "Win back customers 30 to 730 days after their last order.";
        }

        if (settings.SegmentId is > 0 and var segmentId && !await db.Set<Segment>().AnyAsync(s => s.Id == segmentId, cancellationToken))
        {
            errors["segmentId"] = $"No segment has the id {segmentId}: save the segment first, or give 0 for everyone.";
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var now = clock.GetUtcNow();
        await AutomationDefaults.EnsureAsync(db, now, cancellationToken);
        var automation = await db.Set<Automation>().SingleAsync(a => a.Kind == kind, cancellationToken);
        var filter = settings.SegmentId switch
        {
            null => automation.SegmentId,
            0 => null,
            var id => id,
        };
        automation.Configure(settings.SmartSendingHours ?? automation.SmartSendingHours, settings.WinBackDays ?? automation.WinBackDays, filter);
        automation.Switch(settings.Enabled, now);
        await db.SaveChangesAsync(cancellationToken);
        return errors;
    }

    /// <summary>Every flow with its steps and how its runs went.</summary>
    public async Task<IReadOnlyList<AutomationSummary>> OverviewAsync(CancellationToken cancellationToken)
    {
        await AutomationDefaults.EnsureAsync(db, clock.GetUtcNow(), cancellationToken);
        var automations = await db.Set<Automation>().AsNoTracking().Include(a => a.Steps).OrderBy(a => a.Kind).ToListAsync(cancellationToken);
        var runs = await db.Set<AutomationRun>().AsNoTracking().GroupBy(r => new { r.AutomationId, r.EndReason })
            .Select(g => new { g.Key.AutomationId, g.Key.EndReason, Count = g.Count(), Sent = g.Sum(r => r.Sent) }).ToListAsync(cancellationToken);
        return [.. automations.Select(a =>
        {
            var mine = runs.Where(r => r.AutomationId == a.Id).ToList();
            return new AutomationSummary(a.Kind, a.Name, a.Enabled, a.SmartSendingHours, a.WinBackDays, a.SegmentId,
                [.. a.Steps.OrderBy(s => s.Position).Select(s => new AutomationStepSummary(s.Delay, s.CampaignId))],
                mine.Where(r => r.EndReason == null).Sum(r => r.Count), mine.Where(r => r.EndReason == "completed").Sum(r => r.Count),
                mine.Where(r => r.EndReason == "purchased").Sum(r => r.Count), mine.Sum(r => r.Sent));
        })];
    }

    private async Task TriggerAsync(Automation automation, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var since = automation.EnabledAt ?? now;
        var first = automation.Steps.OrderBy(s => s.Position).First().Delay;
        var reachable = await audience.ForAsync(automation.SegmentId, aboutBoughtProducts: false, cancellationToken);
        var started = db.Set<AutomationRun>().Where(r => r.AutomationId == automation.Id);
        List<(long Contact, string Key, DateTimeOffset At, object? Data)> triggers = [];
        switch (automation.Kind)
        {
            case AutomationKind.Welcome:
                triggers = [.. (await reachable.Where(c => c.ConsentedAt >= since && !started.Any(r => r.ContactId == c.Id))
                    .Select(c => new { c.Id, c.ConsentedAt }).Take(1000).ToListAsync(cancellationToken))
                    .Select(c => (c.Id, "welcome", c.ConsentedAt!.Value, (object?)null))];
                break;
            case AutomationKind.BrowseAbandonment:
                triggers = await BrowsedAsync(reachable, since, now - first, cancellationToken);
                break;
            case AutomationKind.WinBack:
                var lapsedFrom = now.AddDays(-automation.WinBackDays - 7);
                var lapsedTo = now.AddDays(-automation.WinBackDays);
                triggers = [.. (await reachable.Where(c => c.LastOrderAt >= lapsedFrom && c.LastOrderAt <= lapsedTo)
                    .Select(c => new { c.Id, c.LastOrderAt }).Take(1000).ToListAsync(cancellationToken))
                    .Select(c => (c.Id, $"winback:{c.LastOrderAt:yyyyMMdd}", c.LastOrderAt!.Value.AddDays(automation.WinBackDays), (object?)null))];
                break;
            case AutomationKind.Birthday:
                var today = DateOnly.FromDateTime(now.UtcDateTime);
                triggers = [.. (await reachable.Where(c => c.Birthday != null && c.Birthday.Value.Month == today.Month && c.Birthday.Value.Day == today.Day)
                    .Select(c => c.Id).Take(1000).ToListAsync(cancellationToken))
                    .Select(id => (id, $"birthday:{today.Year}", now, (object?)null))];
                break;
        }

        var contacts = triggers.Select(t => t.Contact).Distinct().ToList();
        var known = (await started.Where(r => contacts.Contains(r.ContactId)).Select(r => new { r.ContactId, r.Key }).ToListAsync(cancellationToken))
            .Select(r => (r.ContactId, r.Key)).ToHashSet();
        foreach (var (contact, key, at, data) in triggers.Where(t => known.Add((t.Contact, t.Key))))
        {
            db.Add(new AutomationRun(automation.Id, contact, key, at, at + first, data is null ? null : JsonSerializer.Serialize(data, Json)));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Product views by known customers (signed in, or the visitor of one of their orders) with no bag or purchase after them.</summary>
    private async Task<List<(long, string, DateTimeOffset, object?)>> BrowsedAsync(IQueryable<Contact> reachable, DateTimeOffset since, DateTimeOffset before,
        CancellationToken cancellationToken)
    {
        var from = before.AddHours(-24) > since ? before.AddHours(-24) : since;
        var views = await traffic.UnfollowedViewsAsync(from, before, cancellationToken);
        if (views.Count == 0)
        {
            return [];
        }

        var visitors = views.Select(v => v.VisitorId).Distinct().ToList();
        var users = views.Where(v => v.UserId != null).Select(v => v.UserId!).Distinct().ToList();
        var byUser = await reachable.Where(c => c.CustomerId != null && users.Contains(c.CustomerId)).Select(c => new { c.CustomerId, c.Id })
            .ToDictionaryAsync(c => c.CustomerId!, c => c.Id, cancellationToken);
        var byVisitor = (await (from v in db.Set<ContactVisitor>().AsNoTracking()
                                where visitors.Contains(v.VisitorId)
                                join c in reachable on v.Email equals c.Email
                                select new { Visitor = v.VisitorId, c.Id }).ToListAsync(cancellationToken))
            .DistinctBy(v => v.Visitor).ToDictionary(v => v.Visitor, v => v.Id);
        var triggers = new List<(long, string, DateTimeOffset, object?)>();
        foreach (var view in views.OrderByDescending(v => v.At))
        {
            long? contact = view.UserId is { } user && byUser.TryGetValue(user, out var u) ? u : byVisitor.TryGetValue(view.VisitorId, out var v) ? v : null;
            if (contact is not null)
            {
                triggers.Add((contact.Value, $"browse:{view.At:yyyyMMdd}", view.At, new { style = view.Style }));
            }
        }

        return [.. triggers.DistinctBy(t => (t.Item1, t.Item2))];
    }

    private async Task AdvanceAsync(Dictionary<int, Automation> automations, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = automations.Keys.ToList();
        var due = await db.Set<AutomationRun>().Where(r => r.EndedAt == null && r.NextAt <= now && ids.Contains(r.AutomationId))
            .OrderBy(r => r.NextAt).Take(1000).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return;
        }

        var snapshot = await catalog.GetAsync(cancellationToken);
        var marketList = await markets.AllAsync(cancellationToken);
        var reachable = await audience.ForAsync(null, aboutBoughtProducts: false, cancellationToken);
        var filtered = new Dictionary<int, IQueryable<Contact>>();
        foreach (var automation in automations.Values.Where(a => a.SegmentId is not null))
        {
            filtered[automation.Id] = await audience.ForAsync(automation.SegmentId, aboutBoughtProducts: false, cancellationToken);
        }

        foreach (var run in due)
        {
            var automation = automations[run.AutomationId];
            var steps = automation.Steps.OrderBy(s => s.Position).ToList();
            var contact = await filtered.GetValueOrDefault(automation.Id, reachable).SingleOrDefaultAsync(c => c.Id == run.ContactId, cancellationToken);
            if (contact is null)
            {
                run.End(filtered.ContainsKey(automation.Id) && await reachable.AnyAsync(c => c.Id == run.ContactId, cancellationToken) ? "left-segment" : "no-consent", now);
                continue;
            }

            // A purchase the order's event has not ended the run for yet (it arrived before the run began).
            if (automation.ExitsOnPurchase && contact.LastOrderAt >= run.TriggeredAt)
            {
                run.End("purchased", now);
                continue;
            }

            var step = steps[run.NextStep];
            var next = run.NextStep + 1 < steps.Count ? run.TriggeredAt + steps[run.NextStep + 1].Delay : (DateTimeOffset?)null;
            var capped = automation.SmartSendingHours > 0 && await db.Set<EmailSend>().AnyAsync(s => s.ContactId == contact.Id
                && s.FinishedAt >= now.AddHours(-automation.SmartSendingHours), cancellationToken);
            var data = capped ? null : await DataAsync(automation.Kind, run, contact, snapshot, marketList, cancellationToken);
            if (capped || data is null)
            {
                run.Advance(sent: false, next, now);
                continue;
            }

            db.Add(new EmailSend(step.CampaignId, contact.Id, contact.Email, contact.Language, MarketingRules.CountryOfRules(contact.Country, contact.Language), 'W',
                NewToken(), now, run.Id, data));
            run.Advance(sent: true, next, now);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The step email's data as JSON; null when there is nothing left to write about (an emptied bag, a product gone).</summary>
    private async Task<string?> DataAsync(AutomationKind kind, AutomationRun run, Contact contact, CatalogSnapshot snapshot, IReadOnlyList<MarketView> marketList,
        CancellationToken cancellationToken)
    {
        var language = contact.Language;
        var publicUrl = site.Value.Base;
        var trigger = run.Data is null ? default : JsonDocument.Parse(run.Data).RootElement;
        string Url(StyleView style) => $"{publicUrl}/{language}/products/{style.Handle.Get(language)}";
        switch (kind)
        {
            case AutomationKind.AbandonedCart:
                var cartId = trigger.GetProperty("cartId").GetGuid();
                var market = marketList.FirstOrDefault(m => m.Code == trigger.GetProperty("market").GetString()) ?? marketList[0];
                var lines = await bags.LinesAsync(cartId, cancellationToken);
                var items = lines.Select(l => (Line: l, Entry: snapshot.FindSku(l.SkuId))).Where(x => x.Entry is not null).Select(x => new
                {
                    name = x.Entry!.Style.Name.Get(language),
                    size = x.Entry.Sku.Size,
                    quantity = x.Line.Quantity,
                    price = x.Entry.Style.Prices.FirstOrDefault(p => p.Market == market.Code)?.SellingPrice.Format() ?? "",
                    url = Url(x.Entry.Style),
                    image = x.Entry.Colourway.Images.Count > 0 ? x.Entry.Colourway.Images[0].Url : "",
                }).ToList();
                return items.Count == 0 ? null : JsonSerializer.Serialize(new
                {
                    cart = new { items, restore_url = $"{publicUrl}/{language}/cart/restore?t={Uri.EscapeDataString(CartRestore.Protect(protection, cartId))}" },
                }, Json);
            case AutomationKind.BrowseAbandonment:
                var style = snapshot.FindStyleByCode(trigger.GetProperty("style").GetString() ?? "");
                var priced = MarketChoice.For(marketList, contact.Country, language).Code;
                var price = style?.Prices.FirstOrDefault(p => p.Market == priced)?.SellingPrice.Format();
                return style is null ? null : JsonSerializer.Serialize(new { product = new { name = style.Name.Get(language), url = Url(style), price = price ?? "" } }, Json);
            case AutomationKind.PostPurchase:
                if (await orders.FindAsync(trigger.GetProperty("orderId").GetInt64(), cancellationToken) is not { } order)
                {
                    return null;
                }

                var reviewed = order.Lines.DistinctBy(l => l.Style).Select(l => snapshot.FindStyleByCode(l.Style)).OfType<StyleView>()
                    .Select(s => new { name = s.Name.Get(language), review_url = Url(s) + "#reviews" }).ToList();
                return JsonSerializer.Serialize(new { order = new { number = order.Number, items = reviewed } }, Json);
            default:
                return "{}";
        }
    }

    private static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <param name="SegmentId">The flow's filter: only contacts in this segment; 0 removes it; null leaves it as it is.</param>
internal sealed record AutomationSettings(bool Enabled, int? SmartSendingHours = null, int? WinBackDays = null, int? SegmentId = null);

internal sealed record AutomationStepSummary(TimeSpan Delay, int CampaignId);

internal sealed record AutomationSummary(AutomationKind Kind, string Name, bool Enabled, int SmartSendingHours, int WinBackDays, int? SegmentId,
    IReadOnlyList<AutomationStepSummary> Steps,
    int Running, int Completed, int Purchased, int EmailsSent);
