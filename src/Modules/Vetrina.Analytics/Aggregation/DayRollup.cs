using System.Text.Json;
using Vetrina.Analytics.Domain;
using Vetrina.Kernel;
using Vetrina.Analytics.Contracts;

namespace Vetrina.Analytics.Aggregation;

/// <summary>Everything one day of events adds up to.</summary>
internal sealed record DayResult(
    IReadOnlyList<Session> Sessions,
    IReadOnlyList<DailyFigures> Figures,
    IReadOnlyList<DailyBreakdown> Breakdowns,
    IReadOnlyList<DailyProduct> Products,
    IReadOnlyList<Conversion> Conversions,
    IReadOnlyList<RefundRecord> Refunds,
    IReadOnlyList<DailyReach> Reach,
    IReadOnlyList<Bag> Bags,
    IReadOnlyDictionary<Guid, DateOnly> FirstDays,
    int AutomatedSessions);

/// <summary>
/// Turns one day's raw events into sessions and rollups, with no database in sight: browser events become sessions
/// (<see cref="Sessionizer"/>); each purchase joins its visitor's latest session of the day (or none: Unassigned); refunds
/// and cancellations reduce the revenue of the slice their order came from; returns count against their product and size;
/// the bags filled and checked out that day are kept with the session that did it (<see cref="Bag"/>).
/// </summary>
internal static class DayRollup
{
    /// <param name="events">The day's events, in any order.</param>
    /// <param name="firstDays">The first day each lasting visitor (cookie, client id) of the day was seen before, where known.</param>
    /// <param name="earlierOrders">Orders of earlier days that this day's refunds name.</param>
    /// <param name="neighbours">The days either side, for sessions across midnight (<see cref="Midnight"/>); without them, sessions stop at midnight.</param>
    public static DayResult Build(DateOnly day, IReadOnlyList<RawEvent> events, CurrencyRates rates, IReadOnlyDictionary<Guid, DateOnly> firstDays,
        IReadOnlyDictionary<string, Conversion> earlierOrders, Neighbours? neighbours = null)
    {
        var sessions = new List<SessionDraft>();
        var automated = 0;
        var purchases = new List<(RawEvent Event, SessionDraft? Session)>();
        var after = new List<RawEvent>();
        var knownFirst = new Dictionary<Guid, DateOnly>();
        foreach (var visitor in events.OrderBy(e => e.OccurredAt).ThenBy(e => e.Id).GroupBy(e => e.VisitorId))
        {
            var browsed = Browsed(visitor).ToList();
            List<RawEvent> previous = neighbours is null ? [] : [.. Browsed(neighbours.EventsBefore[visitor.Key])];
            List<RawEvent> next = neighbours is null ? [] : [.. neighbours.EventsAfter[visitor.Key].OrderBy(e => e.OccurredAt).ThenBy(e => e.Id)];
            var split = neighbours is null ? new Midnight.Split(0, []) : Midnight.Of(previous, browsed, [.. Browsed(next)], neighbours);
            var drafts = Sessionizer.Build([.. browsed.Skip(split.CarriedIn), .. split.CarriedOut]);
            var people = drafts.Where(d => !d.LooksAutomated).ToList();
            // The session begun the day before that this day's first events continue: this day's early purchases are its.
            var carried = split.CarriedIn > 0 ? Sessionizer.Build([.. previous, .. browsed.Take(split.CarriedIn)])[^1] : null;
            List<SessionDraft> open = carried is { LooksAutomated: false } ? [carried, .. people] : people;
            automated += drafts.Count - people.Count;
            if (people.Count > 0 && people[0].Session.VisitorKind == VisitorKind.Cookieless)
            {
                // A visitor without cookies is new once a day: their id lasts the reporting day and no longer.
                people[0].Session.NewUser = true;
            }
            else if (people.Count > 0)
            {
                var first = firstDays.TryGetValue(visitor.Key, out var seen) && seen < day ? seen : day;
                knownFirst[visitor.Key] = first;
                people[0].Session.NewUser = first == day;
            }

            foreach (var e in visitor.Where(e => EventNames.ServerOnly.Contains(e.Name)))
            {
                if (e.Name == EventNames.Purchase)
                {
                    // The purchase belongs to the visit it closed: the latest one that had begun by then.
                    var session = open.LastOrDefault(d => d.Session.StartedAt <= e.OccurredAt) ?? open.FirstOrDefault();
                    purchases.Add((e, session));
                    if (session is not null && session != carried)
                    {
                        session.Session.Steps |= FunnelSteps.Purchase;
                        session.Session.Orders++;
                        session.Session.RevenueMinor += rates.ToReporting(e.ValueMinor ?? 0, e.Currency ?? "", day) ?? 0;
                        session.Session.UserId ??= e.UserId;
                        session.Finish();
                    }
                }
                else
                {
                    after.Add(e);
                }
            }

            if (split.CarriedOut.Count > 0 && drafts[^1] is { LooksAutomated: false } crossing)
            {
                // Purchases of the next day made before its own first visit closed this day's last one: they count on their own
                // day, but this session bought.
                var nextVisit = next.FirstOrDefault(e => !EventNames.ServerOnly.Contains(e.Name) && e.OccurredAt > split.CarriedOut[^1].OccurredAt)?.OccurredAt;
                foreach (var e in next.Where(e => e.Name == EventNames.Purchase && (nextVisit is null || e.OccurredAt < nextVisit)))
                {
                    crossing.Session.Steps |= FunnelSteps.Purchase;
                    crossing.Session.Orders++;
                    crossing.Session.RevenueMinor += rates.ToReporting(e.ValueMinor ?? 0, e.Currency ?? "", e.Day) ?? 0;
                    crossing.Finish();
                }
            }

            sessions.AddRange(people);
        }

        var rollup = new Builder(day, rates);
        foreach (var draft in sessions)
        {
            rollup.AddSession(draft);
        }

        var conversions = purchases.Select(p => rollup.AddPurchase(p.Event, p.Session)).ToList();
        var orders = conversions.ToDictionary(c => c.TransactionId);
        foreach (var e in after)
        {
            var order = e.TransactionId is { } id ? orders.GetValueOrDefault(id) ?? earlierOrders.GetValueOrDefault(id) : null;
            if (e.Name == EventNames.Refund)
            {
                rollup.AddRefund(e, order);
            }
            else
            {
                rollup.AddReturn(e, order);
            }
        }

        return new DayResult([.. sessions.Select(s => s.Session)], rollup.Figures, rollup.Breakdowns, rollup.Products, conversions, rollup.Refunds, rollup.Reach,
            rollup.Bags, knownFirst, automated);
    }

    private static IEnumerable<RawEvent> Browsed(IEnumerable<RawEvent> events) =>
        events.Where(e => !EventNames.ServerOnly.Contains(e.Name)).OrderBy(e => e.OccurredAt).ThenBy(e => e.Id);

    private sealed class Builder(DateOnly day, CurrencyRates rates)
    {
        private readonly Dictionary<(string, string, Channel, DeviceCategory), DailyFigures> figures = [];
        private readonly Dictionary<(string, Dimension, string), DailyBreakdown> breakdowns = [];
        private readonly Dictionary<(string, string, string), DailyProduct> products = [];
        private readonly Dictionary<object, HashSet<Guid>> users = [];
        private readonly Dictionary<object, HashSet<Guid>> buyers = [];
        private readonly List<RefundRecord> refunds = [];
        private readonly Dictionary<(string, BagStage), Bag> bags = [];

        public IReadOnlyList<DailyFigures> Figures => [.. figures.Values.Select(f => WithUsers(f, (f.Market, f.Language, f.Channel, f.Device)))];

        public IReadOnlyList<DailyBreakdown> Breakdowns => [.. breakdowns.Values.Select(b => WithUsers(b, (b.Market, b.Dimension, b.Value)))];

        public IReadOnlyList<DailyProduct> Products => [.. products.Values];

        public IReadOnlyList<RefundRecord> Refunds => refunds;

        public IReadOnlyList<Bag> Bags => [.. bags.Values];

        /// <summary>The whole shop's row always (a day without visits has none to add), and each market's, language's, channel's and device's.</summary>
        public IReadOnlyList<DailyReach> Reach =>
        [
            .. users.Keys.OfType<(ReachGrouping Grouping, string Value)>().Append((ReachGrouping.All, "")).Distinct()
                .Select(k => WithUsers(new DailyReach { Day = day, Grouping = k.Item1, Value = k.Item2 }, k)),
        ];

        public void AddSession(SessionDraft draft)
        {
            var s = draft.Session;
            foreach (var (measures, key) in Slices(s.Market, s.Language, s.Channel, s.Device, SourceMedium(s), s.Campaign, s.Landing, s.Country))
            {
                measures.Add(s);
                Reached(key, s);
            }

            foreach (var key in new[] { (ReachGrouping.All, ""), (ReachGrouping.Market, s.Market ?? ""), (ReachGrouping.Language, s.Language ?? ""),
                (ReachGrouping.Channel, s.Channel.ToString()), (ReachGrouping.Device, s.Device.ToString()) })
            {
                Reached(key, s);
            }

            var market = s.Market ?? "";
            foreach (var e in draft.Events)
            {
                switch (e.Name)
                {
                    case EventNames.ViewItem:
                        foreach (var item in EventItem.ReadStored(e.Items).Where(i => i.Id is not null).DistinctBy(i => i.Id))
                        {
                            Product(e.Market ?? market, item.Id!, "", item.Name).Views++;
                        }

                        break;
                    case EventNames.AddToCart:
                        foreach (var item in EventItem.ReadStored(e.Items).Where(i => i.Id is not null))
                        {
                            Product(e.Market ?? market, item.Id!, item.Variant ?? "", item.Name).AddedUnits += item.Quantity;
                        }

                        BagReached(e, BagStage.Filled, s);
                        break;
                    case EventNames.BeginCheckout:
                        BagReached(e, BagStage.CheckingOut, s);
                        break;
                    default:
                        break;
                }
            }
        }

        public Conversion AddPurchase(RawEvent e, SessionDraft? draft)
        {
            var s = draft?.Session;
            var revenue = rates.ToReporting(e.ValueMinor ?? 0, e.Currency ?? "", day) ?? 0;
            var conversion = new Conversion
            {
                TransactionId = e.TransactionId ?? $"{e.VisitorId:N}:{e.OccurredAt.ToUnixTimeMilliseconds()}",
                Day = day,
                OccurredAt = e.OccurredAt,
                VisitorId = e.VisitorId,
                UserId = e.UserId,
                Market = e.Market ?? s?.Market ?? "",
                Language = e.Language ?? s?.Language ?? "",
                Channel = s?.Channel ?? Channel.Unassigned,
                Device = s?.Device ?? DeviceCategory.Unknown,
                SourceMedium = s is null ? null : SourceMedium(s),
                Campaign = s?.Campaign,
                Landing = s?.Landing,
                Country = s?.Country,
                CartId = Bag.IdOf(e),
                ValueMinor = e.ValueMinor ?? 0,
                Currency = e.Currency ?? "",
                RevenueMinor = revenue,
            };
            var amounts = OrderAmounts.Of(e.ValueMinor ?? 0, e.Params);
            conversion.NetSalesMinor = rates.ToReporting(amounts.NetSalesMinor, conversion.Currency, day) ?? 0;
            conversion.DiscountsMinor = rates.ToReporting(amounts.DiscountsMinor, conversion.Currency, day) ?? 0;
            conversion.TaxMinor = rates.ToReporting(amounts.TaxMinor, conversion.Currency, day) ?? 0;
            foreach (var (measures, _) in Slices(conversion))
            {
                measures.Orders++;
                measures.RevenueMinor += revenue;
                measures.GrossSalesMinor += conversion.NetSalesMinor + conversion.DiscountsMinor;
                measures.DiscountsMinor += conversion.DiscountsMinor;
                measures.ShippingMinor += conversion.ShippingMinor;
                measures.TaxMinor += conversion.TaxMinor;
            }

            foreach (var item in EventItem.ReadStored(e.Items).Where(i => i.Id is not null))
            {
                var product = Product(conversion.Market, item.Id!, item.Variant ?? "", item.Name);
                product.SoldUnits += item.Quantity;
                product.RevenueMinor += rates.ToReporting((item.PriceMinor ?? 0) * item.Quantity, conversion.Currency, day) ?? 0;
            }

            return conversion;
        }

        public void AddRefund(RawEvent e, Conversion? order)
        {
            var refund = rates.ToReporting(e.ValueMinor ?? 0, e.Currency ?? "", day) ?? 0;
            var cancelled = Cancelled(e.Params);
            // A refund gives back VAT in the order's own share; an order no longer known (past retention) is taken as VAT-free.
            var returned = cancelled ? order?.NetSalesMinor ?? refund
                : order is { RevenueMinor: > 0 } ? (long)Math.Round((decimal)refund * (order.RevenueMinor - order.TaxMinor) / order.RevenueMinor, MidpointRounding.AwayFromZero)
                : refund;
            refunds.Add(new RefundRecord
            {
                Day = day, TransactionId = e.TransactionId ?? "", UserId = order?.UserId ?? e.UserId, RevenueMinor = refund, NetSalesMinor = returned,
                Cancelled = cancelled, Market = order?.Market ?? e.Market ?? "", ValueMinor = e.ValueMinor ?? 0, Currency = e.Currency ?? "",
            });
            foreach (var (measures, _) in Slices(order ?? Unassigned(e)))
            {
                if (cancelled)
                {
                    // Never a sale: the order's own figures come off on the day it was cancelled.
                    measures.CancelledMinor += refund;
                    measures.Cancellations++;
                    measures.GrossSalesMinor -= returned + (order?.DiscountsMinor ?? 0);
                    measures.DiscountsMinor -= order?.DiscountsMinor ?? 0;
                    measures.ShippingMinor -= order?.ShippingMinor ?? 0;
                    measures.TaxMinor -= order?.TaxMinor ?? 0;
                }
                else
                {
                    measures.RefundsMinor += refund;
                    measures.ReturnsMinor += returned;
                    measures.TaxMinor -= refund - returned;
                }
            }
        }

        public void AddReturn(RawEvent e, Conversion? order)
        {
            foreach (var item in EventItem.ReadStored(e.Items).Where(i => i.Id is not null))
            {
                Product(order?.Market ?? e.Market ?? "", item.Id!, item.Variant ?? "", item.Name).ReturnedUnits += item.Quantity;
            }
        }

        private static bool Cancelled(string? parameters)
        {
            if (parameters is null)
            {
                return false;
            }

            using var json = JsonDocument.Parse(parameters);
            return json.RootElement.TryGetProperty("cancelled", out var flag) && flag.ValueKind == JsonValueKind.True;
        }

        private static Conversion Unassigned(RawEvent e) => new()
        {
            Market = e.Market ?? "", Language = e.Language ?? "", Channel = Channel.Unassigned, Device = DeviceCategory.Unknown,
        };

        private IEnumerable<(DailyMeasures, object)> Slices(Conversion c) =>
            Slices(c.Market, c.Language, c.Channel, c.Device, c.SourceMedium, c.Campaign, c.Landing, c.Country);

        /// <summary>The cube cell and the breakdown rows a session or order counts in.</summary>
        private IEnumerable<(DailyMeasures, object)> Slices(string? market, string? language, Channel channel, DeviceCategory device, string? sourceMedium,
            string? campaign, string? landing, string? country)
        {
            var m = market ?? "";
            var cell = (m, language ?? "", channel, device);
            yield return (figures.TryGetValue(cell, out var found) ? found : figures[cell] = new DailyFigures
            {
                Day = day, Market = m, Language = cell.Item2, Channel = channel, Device = device,
            }, cell);
            foreach (var (dimension, value) in new[] { (Dimension.SourceMedium, sourceMedium), (Dimension.Campaign, campaign), (Dimension.Landing, landing),
                (Dimension.Country, country) })
            {
                if (value is null)
                {
                    continue;
                }

                var key = (m, dimension, value);
                yield return (breakdowns.TryGetValue(key, out var row) ? row : breakdowns[key] = new DailyBreakdown
                {
                    Day = day, Market = m, Dimension = dimension, Value = value,
                }, key);
            }
        }

        /// <summary>The day's first time a bag reached a stage (the events come in time order, visitor by visitor).</summary>
        private void BagReached(RawEvent e, BagStage stage, Session s)
        {
            if (Bag.IdOf(e) is not { } cart)
            {
                return;
            }

            if (!bags.TryGetValue((cart, stage), out var seen) || seen.At > e.OccurredAt)
            {
                bags[(cart, stage)] = Bag.Reached(cart, stage, e, s);
            }
        }

        private DailyProduct Product(string market, string itemId, string size, string? name)
        {
            var key = (market, itemId, size);
            if (!products.TryGetValue(key, out var product))
            {
                products[key] = product = new DailyProduct { Day = day, Market = market, ItemId = itemId, Size = size, Name = name };
            }

            product.Name ??= name;
            return product;
        }

        private void Reached(object key, Session s)
        {
            (users.TryGetValue(key, out var seen) ? seen : users[key] = []).Add(s.VisitorId);
            if (s.Orders > 0)
            {
                (buyers.TryGetValue(key, out var bought) ? bought : buyers[key] = []).Add(s.VisitorId);
            }
        }

        private T WithUsers<T>(T row, object key)
            where T : IVisitorCounts
        {
            var seen = users.GetValueOrDefault(key) ?? [];
            var bought = buyers.GetValueOrDefault(key) ?? [];
            (row.Users, row.Visitors) = (seen.Count, VisitorSketch.Of(seen));
            (row.PurchaseUsers, row.Buyers) = (bought.Count, VisitorSketch.Of(bought));
            return row;
        }

        private static string SourceMedium(Session s) => $"{s.Source} / {s.Medium}";
    }
}
