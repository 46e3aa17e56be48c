using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

// Load generator for checkout against a running Vetrina: each simulated shopper makes a bag, adds a SKU and places
// the order through /api/v1 with an Idempotency-Key and the test card network. Two modes:
//   orders <base-url> <skus> <seconds> <concurrency>   sustained orders per second, latency of the placement; each order
//                                                      buys one of the comma-separated SKUs, picked at random
//   drop   <base-url> <sku> <buyers> <concurrency>     a hot-SKU drop: bags made first, then every buyer checks out at once
//   faults <base-url> <skus> <seconds> <concurrency>   orders while faults are injected: a shopper retries a failed
//                                                      placement with the same Idempotency-Key, as a client should, and
//                                                      every second's answers are printed (see FaultRun)
if (args.Length != 5 || args[0] is not ("orders" or "drop" or "faults"))
{
    Console.Error.WriteLine("usage: OrderLoad orders|drop|faults <base-url> <sku> <seconds|buyers> <concurrency>");
    return 2;
}

if (args[0] == "faults")
{
    return await FaultRun.RunAsync(args[1], args[2].Split(','), int.Parse(args[3], CultureInfo.InvariantCulture), int.Parse(args[4], CultureInfo.InvariantCulture));
}

var (mode, baseUrl) = (args[0], args[1]);
var skus = args[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
var amount = int.Parse(args[3], CultureInfo.InvariantCulture);
var concurrency = int.Parse(args[4], CultureInfo.InvariantCulture);
using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
using var http = new HttpClient(handler) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };

var totals = new Dictionary<string, decimal>();
foreach (var sku in skus)
{
    totals[sku] = await Checkout.TotalAsync(http, sku);
}

Console.WriteLine($"# {mode}: {skus.Length} SKUs ({skus[0]}…), totals {totals.Values.Min().ToString(CultureInfo.InvariantCulture)}–{totals.Values.Max().ToString(CultureInfo.InvariantCulture)} EUR, concurrency {concurrency}");
var reservationsBefore = await Metrics.ReservationBucketsAsync(http);

if (mode == "orders")
{
    var results = new List<Sample>();
    var stopwatch = Stopwatch.StartNew();
    var until = TimeSpan.FromSeconds(amount);
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
    {
        var mine = new List<Sample>();
        while (stopwatch.Elapsed < until)
        {
            var started = stopwatch.Elapsed;
            var sku = skus[Random.Shared.Next(skus.Length)];
            var cart = await Checkout.CartAsync(http, sku);
            var placed = Stopwatch.StartNew();
            var status = await Checkout.PlaceAsync(http, cart, totals[sku]);
            mine.Add(new Sample(status, placed.Elapsed.TotalMilliseconds, (stopwatch.Elapsed - started).TotalMilliseconds, stopwatch.Elapsed));
        }

        lock (results)
        {
            results.AddRange(mine);
        }
    }));
    Report.Print(results, stopwatch.Elapsed);
}
else
{
    var carts = new Guid[amount];
    var made = 0;
    await Parallel.ForAsync(0, amount, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, _) =>
    {
        carts[i] = await Checkout.CartAsync(http, skus[0]);
        if (Interlocked.Increment(ref made) % 5000 == 0)
        {
            Console.Error.WriteLine($"{made} bags ready");
        }
    });
    var results = new System.Collections.Concurrent.ConcurrentBag<Sample>();
    var stopwatch = Stopwatch.StartNew();
    await Parallel.ForAsync(0, amount, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, _) =>
    {
        var placed = Stopwatch.StartNew();
        var status = await Checkout.PlaceAsync(http, carts[i], totals[skus[0]]);
        results.Add(new Sample(status, placed.Elapsed.TotalMilliseconds, placed.Elapsed.TotalMilliseconds, stopwatch.Elapsed));
    });
    Report.Print([.. results], stopwatch.Elapsed);
}

var reservationsAfter = await Metrics.ReservationBucketsAsync(http);
Metrics.PrintReservations(reservationsBefore, reservationsAfter);
return 0;

internal sealed record Sample(HttpStatusCode Status, double PlaceMs, double FlowMs, TimeSpan At);

internal static class Checkout
{
    private static readonly object Address = new { name = "Giulia Rossi", line1 = "Via Brera 12", city = "Milano", region = "MI", postalCode = "20121", country = "IT" };

    public static async Task<Guid> CartAsync(HttpClient http, string sku)
    {
        var created = await (await http.PostAsJsonAsync("/api/v1/carts", new { market = "IT" })).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();
        using var added = await http.PostAsJsonAsync($"/api/v1/carts/{id}/lines", new { sku, quantity = 1 });
        added.EnsureSuccessStatusCode();
        return id;
    }

    public static async Task<decimal> TotalAsync(HttpClient http, string sku)
    {
        var cart = await CartAsync(http, sku);
        using var response = await http.PostAsJsonAsync("/api/v1/checkout/quote", new { cartId = cart, shippingMethod = "IT-STD" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetProperty("amount").GetDecimal();
    }

    public static async Task<HttpStatusCode> PlaceAsync(HttpClient http, Guid cart, decimal total)
    {
        using var response = await PlaceOnceAsync(http, cart, total, Guid.NewGuid().ToString());
        return response.StatusCode;
    }

    /// <summary>One placement attempt under the given Idempotency-Key; the caller reads (and disposes) the answer.</summary>
    public static async Task<HttpResponseMessage> PlaceOnceAsync(HttpClient http, Guid cart, decimal total, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/checkout")
        {
            Headers = { { "Idempotency-Key", key } },
            Content = JsonContent.Create(new
            {
                cartId = cart,
                language = "it",
                email = $"bench.{cart:N}@example.com",
                shippingAddress = Address,
                shippingMethod = "IT-STD",
                acceptTerms = true,
                card = new { number = "4242424242424242", expiryMonth = 12, expiryYear = DateTime.UtcNow.Year + 2, cvc = "123" },
                expectedTotal = total,
            }),
        };
        return await http.SendAsync(request);
    }
}

internal static class Report
{
    public static void Print(IReadOnlyList<Sample> samples, TimeSpan elapsed)
    {
        var placed = samples.Where(s => s.Status == HttpStatusCode.Created).ToList();
        Console.WriteLine($"checkouts: {samples.Count} in {elapsed.TotalSeconds:F1} s; orders placed (201): {placed.Count}; " +
            $"sold out (409): {samples.Count(s => s.Status == HttpStatusCode.Conflict)}; other: {samples.Count(s => s.Status is not (HttpStatusCode.Created or HttpStatusCode.Conflict))}");
        Console.WriteLine($"completed orders per second: {placed.Count / elapsed.TotalSeconds:F1}");
        var perSecond = placed.GroupBy(s => (int)s.At.TotalSeconds).Select(g => g.Count()).Order().ToList();
        if (perSecond.Count > 2)
        {
            Console.WriteLine($"orders per one-second slice: min {perSecond[0]}, median {perSecond[perSecond.Count / 2]}, max {perSecond[^1]}");
        }

        Console.WriteLine($"placement latency (POST /api/v1/checkout): {Percentiles(samples.Select(s => s.PlaceMs))}");
        Console.WriteLine($"whole purchase (new bag, add line, checkout): {Percentiles(samples.Select(s => s.FlowMs))}");
    }

    private static string Percentiles(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return "no samples";
        }

        double At(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        return string.Create(CultureInfo.InvariantCulture, $"p50 {At(0.50):F1} ms, p95 {At(0.95):F1} ms, p99 {At(0.99):F1} ms, max {sorted[^1]:F1} ms");
    }
}

internal static partial class Metrics
{
    /// <summary>The reservation histogram's cumulative buckets from the Prometheus endpoint (empty when it is off).</summary>
    public static async Task<SortedDictionary<double, long>> ReservationBucketsAsync(HttpClient http)
    {
        var buckets = new SortedDictionary<double, long>();
        using var response = await http.GetAsync("/metrics");
        if (!response.IsSuccessStatusCode)
        {
            return buckets;
        }

        foreach (Match match in Bucket().Matches(await response.Content.ReadAsStringAsync()))
        {
            var bound = match.Groups[1].Value == "+Inf" ? double.PositiveInfinity : double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            buckets[bound] = buckets.GetValueOrDefault(bound) + long.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        }

        return buckets;
    }

    public static void PrintReservations(SortedDictionary<double, long> before, SortedDictionary<double, long> after)
    {
        if (after.Count == 0)
        {
            Console.WriteLine("reservation latency: start the app with Vetrina__Metrics__Prometheus=true to see it");
            return;
        }

        var counts = after.ToDictionary(b => b.Key, b => b.Value - before.GetValueOrDefault(b.Key));
        var all = counts[double.PositiveInfinity];
        string Bound(double p) => counts.First(b => b.Value >= p * all).Key is var le && double.IsPositiveInfinity(le) ? "> 2500 ms" : $"≤ {le} ms";
        Console.WriteLine($"reservations: {all}; p50 {Bound(0.50)}, p95 {Bound(0.95)}, p99 {Bound(0.99)} (histogram buckets, server side)");
    }

    [GeneratedRegex("^vetrina_stock_reservation_duration_milliseconds_bucket\\{[^}]*le=\"([^\"]+)\"[^}]*\\} (\\d+)", RegexOptions.Multiline)]
    private static partial Regex Bucket();
}
