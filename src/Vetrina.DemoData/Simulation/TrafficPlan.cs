using Vetrina.Kernel;

namespace Vetrina.DemoData.Simulation;

/// <summary>Where a simulated visit comes from, as its landing address and referrer say.</summary>
public sealed record Arrival(string? Source, string? Medium, string? Campaign, string? ClickId, string? Referrer);

/// <summary>One simulated visit, decided in advance from the seed: who, from where, how far down the funnel, and what follows a purchase.</summary>
public sealed record PlannedVisit(
    DateTimeOffset Start,
    Guid Visitor,
    VisitorKind Kind,
    string Market,
    string Language,
    string UserAgent,
    Arrival Arrival,
    int Pages,
    int Style,
    bool ViewsItem,
    bool AddsToCart,
    bool ChecksOut,
    bool PaysInfo,
    bool Buys,
    int Customer,
    bool Returns,
    bool Cancels);

/// <summary>
/// A year (or any span) of a fashion brand's traffic, from a seed: weekly rhythm (weekends busier), seasons (January
/// and July sales, Black Friday week, December gifts, a quiet August), growth over the year, campaigns per channel with
/// UTM tags, returning visitors and customers, consent for about half, returns for a fifth of orders. The same seed gives
/// the same plan, visit for visit, so tests can rely on it.
/// </summary>
public static class TrafficPlan
{
    private static readonly (string Market, string Language, double Share)[] Markets = [("IT", "it", 0.6), ("KR", "ko", 0.3), ("INTL", "en", 0.1)];

    public static IEnumerable<PlannedVisit> For(DateOnly from, DateOnly to, int seed, int baseVisitsPerDay, int styles, TimeZoneInfo zone)
    {
        var random = new Random(seed);
        var returning = new List<(Guid Visitor, string Market, string Language)>();
        var customers = 0;
        var span = Math.Max(1, to.DayNumber - from.DayNumber);
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var growth = 0.8 + (0.4 * (day.DayNumber - from.DayNumber) / span);
            var visits = (int)Math.Round(baseVisitsPerDay * growth * Season(day) * Weekday(day) * (0.85 + (0.3 * random.NextDouble())));
            var midnight = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), zone.GetUtcOffset(day.ToDateTime(TimeOnly.MinValue)));
            var plans = new List<PlannedVisit>(visits);
            for (var i = 0; i < visits; i++)
            {
                // Most visits come in the afternoon and evening, around 17:00.
                var hour = Math.Clamp(NextGaussian(random, 17, 4.5), 0, 23.9);
                var start = midnight.AddHours(hour);
                var (market, language) = Pick(random);
                var consent = random.NextDouble() < 0.55;
                Guid visitor;
                if (consent && returning.Count > 50 && random.NextDouble() < 0.35)
                {
                    var back = returning[random.Next(returning.Count)];
                    (visitor, market, language) = back;
                }
                else
                {
                    visitor = NewGuid(random);
                    if (consent)
                    {
                        returning.Add((visitor, market, language));
                    }
                }

                var arrival = Arrive(random, day);
                var intent = arrival.Medium switch { "email" => 1.6, "cpc" => 1.3, "influencer" => 1.4, "display" => 0.5, _ => 1.0 } * (Sale(day) ? 1.4 : 1.0);
                var views = random.NextDouble() < 0.62;
                var adds = views && random.NextDouble() < 0.11 * intent;
                var checksOut = adds && random.NextDouble() < 0.55;
                var pays = checksOut && random.NextDouble() < 0.8;
                var buys = pays && random.NextDouble() < 0.75;
                var customer = buys ? (customers > 20 && random.NextDouble() < 0.3 ? random.Next(customers) : customers++) : -1;
                plans.Add(new PlannedVisit(start, visitor, consent ? VisitorKind.Cookie : VisitorKind.Cookieless, market, language, Device(random), arrival,
                    1 + (int)Math.Min(12, -Math.Log(1 - random.NextDouble()) * 2.5), random.Next(styles), views, adds, checksOut, pays, buys, customer,
                    buys && random.NextDouble() < 0.2, buys && random.NextDouble() < 0.02));
            }

            foreach (var plan in plans.OrderBy(p => p.Start))
            {
                yield return plan;
            }
        }
    }

    /// <summary>The sales and Black Friday week: campaigns run, and shoppers buy more readily.</summary>
    public static bool Sale(DateOnly day) => (day.Month == 1 && day.Day <= 31) || (day.Month == 7 && day.Day <= 31) || BlackFridayWeek(day);

    public static bool BlackFridayWeek(DateOnly day)
    {
        var friday = new DateOnly(day.Year, 11, 1);
        while (friday.DayOfWeek != DayOfWeek.Friday)
        {
            friday = friday.AddDays(1);
        }

        friday = friday.AddDays(21);
        return day >= friday.AddDays(-4) && day <= friday.AddDays(3);
    }

    private static double Season(DateOnly day) => day switch
    {
        _ when BlackFridayWeek(day) => 2.4,
        { Month: 1, Day: <= 15 } => 1.7,
        { Month: 1 } => 1.2,
        { Month: 7, Day: <= 15 } => 1.5,
        { Month: 7 } => 1.1,
        { Month: 8 } => 0.7,
        { Month: 12, Day: <= 22 } => 1.35,
        { Month: 9 or 10 } => 1.15,
        _ => 1.0,
    };

    private static double Weekday(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Saturday => 1.2,
        DayOfWeek.Sunday => 1.25,
        DayOfWeek.Monday => 0.9,
        _ => 1.0,
    };

    private static Arrival Arrive(Random random, DateOnly day)
    {
        var season = day.Month is >= 2 and <= 7 ? "ss" : "fw";
        var year = (day.Month >= 8 ? day.Year : day.Year - (season == "fw" ? 1 : 0)) % 100;
        var collection = $"{season}{year:00}";
        var campaign = BlackFridayWeek(day) ? "black-friday" : day.Month == 1 ? "saldi-invernali" : day.Month == 7 ? "saldi-estivi" : $"{collection}-collection";
        var roll = random.NextDouble();
        return roll switch
        {
            < 0.28 => new Arrival(null, null, null, null, random.NextDouble() < 0.8 ? "www.google.com/" : "search.naver.com/search.naver"),
            < 0.48 => new Arrival(null, null, null, null, null),
            < 0.60 => new Arrival(null, null, campaign, "gclid", null),
            < 0.66 => new Arrival("google", "cpc", "brand-search", null, null),
            < 0.75 => new Arrival(random.NextDouble() < 0.7 ? "instagram" : "facebook", "paid_social", campaign, null, null),
            < 0.83 => new Arrival("newsletter", "email", $"newsletter-{day.Year}-w{System.Globalization.ISOWeek.GetWeekOfYear(day.ToDateTime(TimeOnly.MinValue)):00}", null, null),
            < 0.90 => new Arrival(null, null, null, null, random.NextDouble() < 0.6 ? "l.instagram.com/" : "blog.naver.com/stylist/2231"),
            < 0.94 => new Arrival(random.NextDouble() < 0.5 ? "chiara" : "minji", "influencer", $"{collection}-creators", null, null),
            < 0.98 => new Arrival(null, null, null, null, random.NextDouble() < 0.5 ? "www.vogue.it/moda" : "www.wkorea.com/fashion"),
            _ => new Arrival("criteo", "display", "retargeting", null, null),
        };
    }

    private static (string, string) Pick(Random random)
    {
        var roll = random.NextDouble();
        foreach (var (market, language, share) in Markets)
        {
            if ((roll -= share) < 0)
            {
                return (market, language);
            }
        }

        return (Markets[0].Market, Markets[0].Language);
    }

    /// <summary>The browser the visit uses, as its User-Agent says: two in three on a phone, one in twenty on a tablet.</summary>
    private static string Device(Random random) => random.NextDouble() switch
    {
        < 0.66 => "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
        < 0.95 => "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
        _ => "Mozilla/5.0 (iPad; CPU OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    };

    private static Guid NewGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static double NextGaussian(Random random, double mean, double deviation) =>
        mean + (deviation * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));
}
