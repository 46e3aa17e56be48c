using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Analytics.Contracts;
using Vetrina.Cart.Contracts;
using Vetrina.Catalog.Contracts;
using Vetrina.Data.Events;
using Vetrina.Inventory.Contracts;
using Vetrina.Kernel;
using Vetrina.Kernel.Addresses;
using Vetrina.Kernel.Time;
using Vetrina.Markets.Contracts;
using Vetrina.Orders.Contracts;
using Vetrina.Payments.Contracts;

namespace Vetrina.DemoData.Simulation;

/// <summary>How much to simulate.</summary>
public sealed record SimulationOptions(DateOnly From, DateOnly To, int Seed = 42, int VisitsPerDay = 300);

/// <summary>What a simulation made.</summary>
public sealed record SimulationResult(int Days, int Visits, int Events, int Orders, int Returns, int Cancellations);

/// <summary>
/// Plays a <see cref="TrafficPlan"/> through the modules' contracts, on the real paths: each visit's events are read by
/// the collector's parser (as the tracking script's batches would be), each purchase goes through the bag, the checkout
/// and the test card network, then packing, shipping, returns with refunds and cancellations through the back office's
/// actions; at the end every simulated day is aggregated. The app's clock replays the plan's times (see
/// <see cref="ReplayableClock"/>), so everything those paths record is dated then, the stock received for it included.
/// </summary>
public sealed class TrafficSimulator(IServiceProvider services)
{
    private const string Warehouse = "WH-MI";
    private const string Actor = "simulation";
    private static readonly CardDetails Card = new("4242424242424242", 12, DateTime.UtcNow.Year + 3, "123", "Demo Shopper");

    private static readonly Dictionary<string, (AddressInput Address, string Method)> Shipping = new()
    {
        ["IT"] = (new AddressInput("Giulia Rossi", "Via Brera 12", null, "Milano", "MI", "20121", "IT", "+39 02 1234567"), "IT-STD"),
        ["KR"] = (new AddressInput("김민지", "서울특별시 성동구 성수이로 78", "3층", null, null, "04782", "KR", "010-1234-5678"), "KR-STD"),
        ["INTL"] = (new AddressInput("Emma Smith", "350 Fifth Avenue", null, "New York", "NY", "10118", "US", "+1 212 555 0100"), "INTL-STD"),
    };

    public async Task<SimulationResult> RunAsync(SimulationOptions options, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var zone = services.GetRequiredService<ITrafficImport>().ReportingZone;
        var midnight = options.From.ToDateTime(TimeOnly.MinValue);
        var clock = ReplayableClock.Begin(new DateTimeOffset(midnight, zone.GetUtcOffset(midnight)));
        var styles = await PurchasableStylesAsync(cancellationToken);
        var markets = (await services.GetRequiredService<IMarketDirectory>().AllAsync(cancellationToken)).ToDictionary(m => m.Code);
        var later = new PriorityQueue<Func<Task>, DateTimeOffset>();
        var dayEvents = new List<CollectedBatch>();
        var (visits, events, orders, returns, cancellations) = (0, 0, 0, 0, 0);
        DateOnly? day = null;
        foreach (var visit in TrafficPlan.For(options.From, options.To, options.Seed, options.VisitsPerDay, styles.Count, zone))
        {
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(visit.Start, zone).DateTime);
            if (day != today)
            {
                events += await FlushAsync(dayEvents, cancellationToken);
                if (day is { } done)
                {
                    progress?.Report($"{done:yyyy-MM-dd}: {visits} visits, {orders} orders so far");
                }

                day = today;
            }

            while (later.TryPeek(out _, out var due) && due <= visit.Start)
            {
                clock.Now = due;
                await later.Dequeue()();
            }

            visits++;
            var style = styles[visit.Style];
            if (!markets.TryGetValue(visit.Market, out var market) || style.PriceIn(market.Code) is not { } price)
            {
                continue;
            }

            var at = visit.Start;
            dayEvents.Add(Collect(visit, style, price, ref at));
            if (!visit.Buys)
            {
                continue;
            }

            clock.Now = at.AddSeconds(20);
            var order = await BuyAsync(visit, style, market, cancellationToken);
            if (order is null)
            {
                continue;
            }

            orders++;
            if (visit.Cancels)
            {
                later.Enqueue(() => InScope<IOrderOperations>(async operations =>
                {
                    Succeeded(await operations.CancelAsync(order.Value, "customer changed their mind", Actor, cancellationToken), "cancel", order.Value);
                    cancellations++;
                }), clock.Now.AddHours(2));
            }
            else if (visit.Returns)
            {
                var placed = clock.Now;
                later.Enqueue(() => ShipAsync(order.Value, cancellationToken), placed.AddDays(1));
                later.Enqueue(async () =>
                {
                    await ReturnAsync(order.Value, cancellationToken);
                    returns++;
                }, placed.AddDays(9));
            }
        }

        // What falls after the last day has not happened yet: those parcels ship, and come back, in the real days that follow.
        var end = new DateTimeOffset(options.To.AddDays(1).ToDateTime(TimeOnly.MinValue), zone.GetUtcOffset(options.To.ToDateTime(TimeOnly.MinValue)));
        while (later.TryDequeue(out var work, out var due) && due < end)
        {
            clock.Now = due;
            await work();
        }

        events += await FlushAsync(dayEvents, cancellationToken);
        clock.Dispose();
        // Purchases, refunds and returns reach analytics as the orders' events; the app's dispatcher is not running yet.
        await services.GetRequiredService<EventDispatcher>().DispatchAsync(cancellationToken);
        await InScope<ITrafficImport>(traffic => traffic.RebuildAsync(options.From, options.To, cancellationToken));

        progress?.Report($"Simulated {options.From:yyyy-MM-dd} to {options.To:yyyy-MM-dd}: {visits} visits, {events} events, {orders} orders, {returns} returns, {cancellations} cancellations");
        return new SimulationResult(options.To.DayNumber - options.From.DayNumber + 1, visits, events, orders, returns, cancellations);
    }

    /// <summary>The visit's events as the tracking script would send them, read by the collector's own parser.</summary>
    private static CollectedBatch Collect(PlannedVisit visit, StyleView style, PriceView price, ref DateTimeOffset at)
    {
        var currency = price.Currency.Code;
        var value = new Vetrina.Kernel.Money(price.Selling, price.Currency).Major;
        var item = new { item_id = style.Code, item_name = style.Name.Get(visit.Language), price = value, quantity = 1 };
        var sized = new { item_id = style.Code, item_name = style.Name.Get(visit.Language), item_variant = SkuOf(style, visit).Size, price = value, quantity = 1 };
        var steps = new List<(string Name, object Params)>();
        var landing = Landing(visit);
        steps.Add(("page_view", new { page_location = landing, page_referrer = visit.Arrival.Referrer is { } r ? "https://" + r : "", engagement_time_msec = 4000 }));
        for (var page = 1; page < visit.Pages; page++)
        {
            steps.Add(("page_view", new { page_location = $"https://shop.example/{visit.Language}/collections/page-{page}", engagement_time_msec = 6000 }));
        }

        if (visit.ViewsItem)
        {
            steps.Add(("view_item", new { currency, value, items = new[] { item } }));
        }

        if (visit.AddsToCart)
        {
            steps.Add(("add_to_cart", new { currency, value, items = new[] { sized } }));
        }

        if (visit.ChecksOut)
        {
            steps.Add(("begin_checkout", new { currency, value, items = new[] { sized } }));
        }

        if (visit.PaysInfo)
        {
            steps.Add(("add_payment_info", new { currency, value }));
        }

        var start = at;
        var body = JsonSerializer.SerializeToElement(new
        {
            events = steps.Select((s, i) => new
            {
                name = s.Name,
                timestamp_micros = start.AddSeconds(40 * i).ToUnixTimeMilliseconds() * 1000,
                @params = Merge(s.Params, visit),
            }),
        });
        at = start.AddSeconds(40 * steps.Count);
        return new CollectedBatch(body, at, new Visitor(visit.Visitor, visit.Kind), visit.UserAgent, visit.Market == "KR" ? "KR" : visit.Market == "IT" ? "IT" : "US",
            "shop.example");
    }

    /// <summary>The size the visitor wants: the same for the bag and the order.</summary>
    private static SkuView SkuOf(StyleView style, PlannedVisit visit)
    {
        var skus = style.Skus.ToList();
        return skus[(int)((uint)visit.Visitor.GetHashCode() % (uint)skus.Count)];
    }

    private static Dictionary<string, object?> Merge(object parameters, PlannedVisit visit)
    {
        var merged = JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(parameters))!;
        merged.TryAdd("page_location", $"https://shop.example/{visit.Language}/products");
        merged["language"] = visit.Language;
        merged["market"] = visit.Market;
        return merged;
    }

    private static string Landing(PlannedVisit visit)
    {
        var a = visit.Arrival;
        var tags = new List<string>();
        if (a.Source is not null)
        {
            tags.Add($"utm_source={a.Source}");
            tags.Add($"utm_medium={a.Medium}");
        }

        if (a.Campaign is not null)
        {
            tags.Add($"utm_campaign={a.Campaign}");
        }

        if (a.ClickId is not null)
        {
            tags.Add($"{a.ClickId}=sim{visit.Visitor:N}");
        }

        return $"https://shop.example/{visit.Language}" + (tags.Count > 0 ? "?" + string.Join('&', tags) : "");
    }

    private async Task<long?> BuyAsync(PlannedVisit visit, StyleView style, MarketView market, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var (bag, problem) = await scope.ServiceProvider.GetRequiredService<IBagCommands>().AddAsync(null, market, SkuOf(style, visit).Code, 1, null, cancellationToken);
        if (bag is not { } bagId || problem is not null
            || await scope.ServiceProvider.GetRequiredService<IBagDirectory>().ViewAsync(bagId, market, cancellationToken) is not { } view)
        {
            return null;
        }

        var (address, method) = Shipping[market.Code];
        var checkout = scope.ServiceProvider.GetRequiredService<ICheckout>();
        var quote = await checkout.QuoteAsync(view, method, null, null, cancellationToken);
        if (quote is null)
        {
            return null;
        }

        var input = new CheckoutInput(bagId, market.Code, visit.Language, $"customer{visit.Customer}@demo.vetrina.test", address, null, method,
            MarketingConsent: visit.Customer % 3 == 0, AcceptTerms: true, Card, quote.Total.Major, AcceptBackorders: true, Visitor: new Visitor(visit.Visitor, visit.Kind));
        var placed = await checkout.PlaceAsync(input, $"simulation:{visit.Visitor:N}:{visit.Start.ToUnixTimeSeconds()}", null, Actor, cancellationToken);
        return placed.Status == PlacementStatus.Placed ? placed.OrderId : null;
    }

    private async Task ShipAsync(long orderId, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var order = await scope.ServiceProvider.GetRequiredService<IOrderDirectory>().FindAsync(orderId, cancellationToken)
            ?? throw new InvalidOperationException($"The simulation could not find order {orderId} it placed.");
        var lines = order.Lines.ToDictionary(l => l.LineId, l => l.Quantity);
        var operations = scope.ServiceProvider.GetRequiredService<IOrderOperations>();
        var packed = Succeeded(await operations.PackAsync(orderId, Warehouse, lines, Actor, cancellationToken), "pack", orderId);
        Succeeded(await operations.ShipAsync(packed.ShipmentId!.Value, "BRT", $"SIM{orderId:000000}", Actor, cancellationToken), "ship", orderId);
    }

    private async Task ReturnAsync(long orderId, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var order = await scope.ServiceProvider.GetRequiredService<IOrderDirectory>().FindAsync(orderId, cancellationToken)
            ?? throw new InvalidOperationException($"The simulation could not find order {orderId} it placed.");
        var lines = order.Lines.Where(l => l.Shipped > 0).ToList();
        if (lines.Count == 0)
        {
            return;
        }

        var operations = scope.ServiceProvider.GetRequiredService<IOrderOperations>();
        Succeeded(await operations.ReceiveReturnAsync(orderId, Warehouse, lines.ToDictionary(l => l.LineId, l => l.Shipped), restock: true, "size too small",
            $"simulation-return:{orderId}", Actor, cancellationToken), "receive the return of", orderId);
        var refund = lines.Sum(l => l.UnitPriceMinor * l.Shipped);
        var currency = Currency.FromCode(order.Currency);
        Succeeded(await operations.RefundAsync(orderId, new Vetrina.Kernel.Money(refund, currency).Major, "returned: size too small", $"simulation-refund:{orderId}",
            Actor, cancellationToken), "refund", orderId);
    }

    /// <summary>A step the plan takes for granted failed: the simulation stops and says which, rather than make up history.</summary>
    private static OrderActionResult Succeeded(OrderActionResult result, string step, long orderId) => result.Succeeded
        ? result
        : throw new InvalidOperationException($"The simulation could not {step} order {orderId}: {result.Error} ({result.Detail}).");

    private async Task InScope<TService>(Func<TService, Task> work)
        where TService : notnull
    {
        await using var scope = services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>A day's visits into analytics at once; an event the collector refuses is the simulation's mistake, so it stops and says which.</summary>
    private async Task<int> FlushAsync(List<CollectedBatch> batches, CancellationToken cancellationToken)
    {
        if (batches.Count == 0)
        {
            return 0;
        }

        await using var scope = services.CreateAsyncScope();
        var imported = await scope.ServiceProvider.GetRequiredService<ITrafficImport>().ImportAsync(batches, cancellationToken);
        if (imported.Refused.Count > 0)
        {
            throw new InvalidOperationException($"The collector refused {imported.Refused.Count} simulated events, first: {imported.Refused[0]}");
        }

        batches.Clear();
        return imported.Stored;
    }

    /// <summary>The styles a shopper can buy, each with plenty of stock received at its online warehouse for the simulation.</summary>
    private async Task<List<StyleView>> PurchasableStylesAsync(CancellationToken cancellationToken)
    {
        var snapshot = await services.GetRequiredService<ICatalogSnapshots>().GetAsync(cancellationToken);
        var styles = snapshot.Styles.Where(s => s.IsPurchasable && !s.IsPreorder && s.Lifecycle != Lifecycle.ComingSoon && s.Skus.Any()).OrderBy(s => s.Code).ToList();
        await using var scope = services.CreateAsyncScope();
        var stock = scope.ServiceProvider.GetRequiredService<IStockReceipts>();
        foreach (var sku in styles.SelectMany(s => s.Skus))
        {
            var receipt = await stock.ReceiveAsync(sku.Id, Warehouse, 10_000, "simulation stock", Actor, cancellationToken);
            if (!receipt.Succeeded)
            {
                throw new InvalidOperationException($"The simulation could not stock SKU {sku.Code} at {Warehouse}: {receipt.Refusal}");
            }
        }

        return styles;
    }
}
