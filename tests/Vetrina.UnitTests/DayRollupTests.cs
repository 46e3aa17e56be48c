using Vetrina.Analytics.Aggregation;
using Vetrina.Analytics.Domain;
using Vetrina.Kernel;
using Vetrina.Analytics.Contracts;

namespace Vetrina.UnitTests;

/// <summary>
/// One hand-made day: a paid-search shopper who buys a coat, a direct visitor who leaves, a Korean newsletter reader who
/// buys two knits in won, a robot, and refunds, a cancellation and a return of earlier orders. The right answers are
/// written here, worked out by hand.
/// </summary>
public sealed class DayRollupTests
{
    private static readonly DateOnly Day = new(2026, 11, 20);
    private static readonly DateTimeOffset Morning = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Paid = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid Passer = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid Reader = Guid.Parse("00000000-0000-0000-0000-00000000000c");
    private static readonly Guid Robot = Guid.Parse("00000000-0000-0000-0000-00000000000d");
    private static readonly CurrencyRates Rates = CurrencyRates.Of(Currency.Eur, [new ExchangeRate("KRW", new DateOnly(2026, 1, 1), 1450m)]);

    private static readonly Dictionary<string, Conversion> Earlier = new()
    {
        ["T0"] = new Conversion { TransactionId = "T0", Market = "IT", Language = "it", Channel = Channel.Email, Device = DeviceCategory.Desktop, SourceMedium = "newsletter / email" },
        ["T9"] = new Conversion { TransactionId = "T9", Market = "IT", Language = "it", Channel = Channel.PaidSearch, Device = DeviceCategory.Desktop, SourceMedium = "google / cpc" },
    };

    private readonly DayResult day = DayRollup.Build(Day, Events(), Rates, new Dictionary<Guid, DateOnly> { [Reader] = new(2026, 10, 1) }, Earlier);

    [Fact]
    public void PeopleMakeSessions_TheRobotDoesNot()
    {
        Assert.Equal(3, day.Sessions.Count);
        Assert.Equal(1, day.AutomatedSessions);
        Assert.Equal(2, day.Sessions.Count(s => s.Engaged));
        Assert.Equal(2, day.Sessions.Count(s => s.NewUser));
        Assert.Equal(new Dictionary<Guid, DateOnly> { [Paid] = Day, [Reader] = new(2026, 10, 1) }, day.FirstDays);
    }

    [Fact]
    public void TheCube_HasEachSlicesSessionsOrdersRevenueAndRefunds_InEuroCents()
    {
        var paid = Cell("IT", "it", Channel.PaidSearch, DeviceCategory.Desktop);
        Assert.Equal((1, 1, 1, 1, 1, 1, 1, 1, 1), (paid.Sessions, paid.EngagedSessions, paid.Users, paid.NewUsers, paid.ViewItemSessions, paid.CartSessions,
            paid.CheckoutSessions, paid.PaymentSessions, paid.PurchaseSessions));
        // The coat, and the cancellation of an earlier paid-search order: its total leaves sales, and it is no refund.
        Assert.Equal((1, 10_000L, 1, 5_000L, 0L), (paid.Orders, paid.RevenueMinor, paid.Cancellations, paid.CancelledMinor, paid.RefundsMinor));

        var direct = Cell("IT", "it", Channel.Direct, DeviceCategory.Mobile);
        Assert.Equal((1, 0, 1, 1, 0), (direct.Sessions, direct.EngagedSessions, direct.NewUsers, direct.PageViews, direct.Orders));

        // 145,000 won at 1,450 won a euro.
        var korean = Cell("KR", "ko", Channel.Email, DeviceCategory.Mobile);
        Assert.Equal((1, 1, 0, 1, 10_000L), (korean.Sessions, korean.EngagedSessions, korean.NewUsers, korean.Orders, korean.RevenueMinor));

        // A refund with no visit today lands where its order came from.
        var refund = Cell("IT", "it", Channel.Email, DeviceCategory.Desktop);
        Assert.Equal((0, 0, 2_000L), (refund.Sessions, refund.Orders, refund.RefundsMinor));

        Assert.Equal(4, day.Figures.Count);
        Assert.Equal((2, 20_000L, 2_000L, 1, 5_000L), (day.Figures.Sum(f => f.Orders), day.Figures.Sum(f => f.RevenueMinor), day.Figures.Sum(f => f.RefundsMinor),
            day.Figures.Sum(f => f.Cancellations), day.Figures.Sum(f => f.CancelledMinor)));
    }

    [Fact]
    public void AVisitorOfTwoChannels_IsOneUserOfTheDayAndOfEachChannel_InTheReachAndTheCubesSketches()
    {
        var day = DayRollup.Build(Day, [
            E(Passer, 0, EventNames.PageView, "IT", "it", DeviceCategory.Mobile, page: "/it", source: "newsletter", medium: "email"),
            E(Passer, 120, EventNames.PageView, "IT", "it", DeviceCategory.Mobile, page: "/it/outlet"),
        ], Rates, new Dictionary<Guid, DateOnly>(), Earlier);

        var reach = day.Reach.ToDictionary(r => (r.Grouping, r.Value), r => r.Users);
        Assert.Equal((1, 1, 1, 1, 1), (reach[(ReachGrouping.All, "")], reach[(ReachGrouping.Market, "IT")], reach[(ReachGrouping.Channel, "Email")],
            reach[(ReachGrouping.Channel, "Direct")], reach[(ReachGrouping.Device, "Mobile")]));
        // The two cells each hold the visitor; merged, they are one.
        var merged = new Reach();
        foreach (var cell in day.Figures)
        {
            merged.Add(cell);
        }

        Assert.Equal((2, 1L), (day.Figures.Sum(f => f.Users), merged.Users.Count));
    }

    [Fact]
    public void ABag_IsKeptOnceADayPerStage_WithTheSessionThatFilledIt_AndItsOrderNamesIt()
    {
        // The bag's page names it as 32 digits, the cart API with hyphens: one bag.
        const string id = "0f8fad5bd9cb469fa16570867728950e";
        const string bag = $$"""{"cart_id":"{{id}}"}""";
        var day = DayRollup.Build(Day, [
            E(Passer, 0, EventNames.PageView, "IT", "it", DeviceCategory.Mobile, page: "/it", source: "newsletter", medium: "email", campaign: "fw26"),
            E(Passer, 1, EventNames.AddToCart, "IT", "it", DeviceCategory.Mobile, parameters: bag),
            // Another visit, from another channel, adds to the same bag and checks out: still the bag of the first add.
            E(Passer, 120, EventNames.PageView, "IT", "it", DeviceCategory.Mobile, page: "/it/outlet"),
            E(Passer, 121, EventNames.AddToCart, "IT", "it", DeviceCategory.Mobile, parameters: bag),
            E(Passer, 122, EventNames.BeginCheckout, "IT", "it", DeviceCategory.Mobile, parameters: bag),
            E(Passer, 123, EventNames.Purchase, "IT", "it", DeviceCategory.Mobile, transaction: "T5", value: 5_000, currency: "EUR",
                parameters: """{"cart_id":"0f8fad5b-d9cb-469f-a165-70867728950e","tax":0}"""),
            // A bag without a name (an older page, another tool) is no bag: nothing to decide its abandonment by.
            E(Reader, 10, EventNames.AddToCart, "IT", "it", DeviceCategory.Desktop),
        ], Rates, new Dictionary<Guid, DateOnly>(), Earlier);

        var filled = Assert.Single(day.Bags, b => b.Stage == BagStage.Filled);
        Assert.Equal((id, Morning.AddMinutes(1), Morning.AddMinutes(1) + TimeSpan.FromDays(7), Channel.Email, "fw26", DeviceCategory.Mobile),
            (filled.CartId, filled.At, filled.DecidedAt, filled.Channel, filled.Campaign, filled.Device));
        var checkout = Assert.Single(day.Bags, b => b.Stage == BagStage.CheckingOut);
        Assert.Equal((id, Morning.AddMinutes(122), Channel.Direct), (checkout.CartId, checkout.At, checkout.Channel));
        Assert.Equal(id, Assert.Single(day.Conversions).CartId);
    }

    [Fact]
    public void AVisitorWithoutCookies_IsANewUserOnceADay_HoweverManyVisits()
    {
        var twice = DayRollup.Build(Day, [
            E(Passer, 0, EventNames.PageView, "IT", "it", DeviceCategory.Mobile, page: "/it", kind: VisitorKind.Cookieless),
            E(Passer, 120, EventNames.PageView, "IT", "it", DeviceCategory.Mobile, page: "/it/outlet", kind: VisitorKind.Cookieless),
        ], Rates, new Dictionary<Guid, DateOnly>(), Earlier);

        Assert.Equal((2, 1), (twice.Sessions.Count, twice.Sessions.Count(s => s.NewUser)));
        Assert.Equal((2, 1, 1), (twice.Figures.Sum(f => f.Sessions), twice.Figures.Sum(f => f.Users), twice.Figures.Sum(f => f.NewUsers)));
        // Nothing to remember: tomorrow the same person has another id.
        Assert.Empty(twice.FirstDays);
    }

    [Fact]
    public void Breakdowns_SplitByCampaignSourceMediumAndLandingPage()
    {
        var campaign = Assert.Single(day.Breakdowns, b => b.Dimension == Dimension.Campaign);
        Assert.Equal(("fw26", 1, 1, 10_000L), (campaign.Value, campaign.Sessions, campaign.Orders, campaign.RevenueMinor));
        Assert.Equal(["/it", "/ko", "/it/outlet"], day.Breakdowns.Where(b => b.Dimension == Dimension.Landing).Select(b => b.Value).OrderBy(v => v.Length).ThenBy(v => v));
        var newsletter = day.Breakdowns.Where(b => b.Dimension == Dimension.SourceMedium && b.Value == "newsletter / email").ToList();
        Assert.Equal((1, 10_000L, 2_000L), (newsletter.Sum(b => b.Sessions), newsletter.Sum(b => b.RevenueMinor), newsletter.Sum(b => b.RefundsMinor)));
    }

    [Fact]
    public void Products_CountViewsByStyle_AndBagAddsSalesAndReturnsBySize()
    {
        Assert.Equal(1, Product("IT", "COAT", "").Views);
        Assert.Equal((1, 1, 10_000L), (Product("IT", "COAT", "M").AddedUnits, Product("IT", "COAT", "M").SoldUnits, Product("IT", "COAT", "M").RevenueMinor));
        Assert.Equal(1, Product("IT", "COAT", "L").ReturnedUnits);
        Assert.Equal(1, Product("KR", "KNIT", "").Views);
        Assert.Equal((2, 2, 10_000L), (Product("KR", "KNIT", "S").AddedUnits, Product("KR", "KNIT", "S").SoldUnits, Product("KR", "KNIT", "S").RevenueMinor));
    }

    [Fact]
    public void EachOrder_KeepsTheSessionItCameIn()
    {
        var coat = Assert.Single(day.Conversions, c => c.TransactionId == "T1");
        Assert.Equal((Channel.PaidSearch, "google / cpc", "fw26", "/it", 10_000L, 10_000L), (coat.Channel, coat.SourceMedium, coat.Campaign, coat.Landing,
            coat.ValueMinor, coat.RevenueMinor));
        var knits = Assert.Single(day.Conversions, c => c.TransactionId == "T2");
        Assert.Equal((Channel.Email, "KR", 145_000L, "KRW", 10_000L), (knits.Channel, knits.Market, knits.ValueMinor, knits.Currency, knits.RevenueMinor));
    }

    private DailyFigures Cell(string market, string language, Channel channel, DeviceCategory device) =>
        Assert.Single(day.Figures, f => (f.Market, f.Language, f.Channel, f.Device) == (market, language, channel, device));

    private DailyProduct Product(string market, string item, string size) =>
        Assert.Single(day.Products, p => (p.Market, p.ItemId, p.Size) == (market, item, size));

    private static List<RawEvent> Events()
    {
        var coat = EventItem.Write([new EventItem("COAT", "M", "Cappotto", null, 10_000, 1)]);
        var knits = EventItem.Write([new EventItem("KNIT", "S", "니트", null, 72_500, 2)]);
        return
        [
            E(Paid, 60, EventNames.PageView, "IT", "it", DeviceCategory.Desktop, page: "/it?utm_source=google", source: "google", medium: "cpc", campaign: "fw26"),
            E(Paid, 61, EventNames.ViewItem, "IT", "it", DeviceCategory.Desktop, items: EventItem.Write([new EventItem("COAT", null, "Cappotto", null, 10_000, 1)])),
            E(Paid, 62, EventNames.AddToCart, "IT", "it", DeviceCategory.Desktop, items: coat),
            E(Paid, 63, EventNames.BeginCheckout, "IT", "it", DeviceCategory.Desktop),
            E(Paid, 64, EventNames.AddPaymentInfo, "IT", "it", DeviceCategory.Desktop),
            E(Paid, 65, EventNames.Purchase, "IT", "it", DeviceCategory.Unknown, items: coat, transaction: "T1", value: 10_000, currency: "EUR"),
            E(Passer, 120, EventNames.PageView, "IT", "it", DeviceCategory.Mobile, page: "/it/outlet", kind: VisitorKind.Cookieless),
            E(Reader, 180, EventNames.PageView, "KR", "ko", DeviceCategory.Mobile, page: "/ko?utm_source=newsletter", source: "newsletter", medium: "email"),
            E(Reader, 180.5, EventNames.ViewItem, "KR", "ko", DeviceCategory.Mobile, items: EventItem.Write([new EventItem("KNIT", null, "니트", null, 72_500, 1)])),
            E(Reader, 181, EventNames.AddToCart, "KR", "ko", DeviceCategory.Mobile, items: knits),
            E(Reader, 182, EventNames.Purchase, "KR", "ko", DeviceCategory.Unknown, items: knits, transaction: "T2", value: 145_000, currency: "KRW"),
            .. Enumerable.Range(0, 40).Select(i => E(Robot, 200 + (i / 120.0), EventNames.PageView, "IT", "it", DeviceCategory.Desktop, page: $"/it/p/{i}")),
            E(Paid, 300, EventNames.Refund, "IT", "it", DeviceCategory.Unknown, transaction: "T0", value: 2_000, currency: "EUR"),
            E(Paid, 301, EventNames.Refund, "IT", "it", DeviceCategory.Unknown, transaction: "T9", value: 5_000, currency: "EUR", parameters: "{\"cancelled\":true}"),
            E(Paid, 302, EventNames.Return, "IT", "it", DeviceCategory.Unknown, transaction: "T0", items: EventItem.Write([new EventItem("COAT", "L", "Cappotto", null, 10_000, 1)])),
        ];
    }

    private static RawEvent E(Guid visitor, double minutes, string name, string market, string language, DeviceCategory device, string? page = null,
        string? source = null, string? medium = null, string? campaign = null, string? items = null, string? transaction = null, long? value = null,
        string? currency = null, string? parameters = null, VisitorKind kind = VisitorKind.Cookie) => new()
        {
            Day = Day, OccurredAt = Morning.AddMinutes(minutes), VisitorId = visitor, VisitorKind = kind, Name = name, Market = market, Language = language,
            Device = device, Page = page, Source = source, Medium = medium, Campaign = campaign, Items = items, TransactionId = transaction, ValueMinor = value,
            Currency = currency, Params = parameters,
        };
}
