using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;

/// <summary>
/// Checkout load while faults are injected from outside (bench/faults.sh). Each shopper makes a bag and places it; a
/// placement that fails (no answer, 5xx, 429) is sent again with the same Idempotency-Key after its Retry-After (or a
/// quarter second), for up to a minute, as a well-behaved client does. Prints one line per second (attempts, orders,
/// replays, failures), and at the end the orders placed, with the email each was placed under, so that the caller can
/// check each is in the database exactly once.
/// </summary>
internal static class FaultRun
{
    public static async Task<int> RunAsync(string baseUrl, string[] skus, int seconds, int concurrency)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromSeconds(30) };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(15) };
        var totals = new Dictionary<string, decimal>();
        foreach (var sku in skus)
        {
            totals[sku] = await Checkout.TotalAsync(http, sku);
        }

        var clock = Stopwatch.StartNew();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load started at {DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}"));
        var timeline = new ConcurrentDictionary<int, Second>();
        var placed = new ConcurrentBag<(Guid Cart, long At)>();
        Second Now() => timeline.GetOrAdd((int)clock.Elapsed.TotalSeconds, _ => new Second());
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (clock.Elapsed.TotalSeconds < seconds)
            {
                var sku = skus[Random.Shared.Next(skus.Length)];
                Guid cart;
                try
                {
                    cart = await Checkout.CartAsync(http, sku);
                }
                catch (Exception)
                {
                    // No bag (no answer, an error page, a problem instead of the bag): a failed second, and try again.
                    Interlocked.Increment(ref Now().Failed);
                    await Task.Delay(250);
                    continue;
                }

                var key = Guid.NewGuid().ToString();
                for (var attempt = 0; attempt < 240; attempt++)
                {
                    Interlocked.Increment(ref Now().Attempts);
                    TimeSpan wait;
                    try
                    {
                        using var response = await Checkout.PlaceOnceAsync(http, cart, totals[sku], key);
                        if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK)
                        {
                            Interlocked.Increment(ref response.StatusCode == HttpStatusCode.OK ? ref Now().Replays : ref Now().Orders);
                            placed.Add((cart, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));
                            break;
                        }

                        if ((int)response.StatusCode < 500 && response.StatusCode != HttpStatusCode.TooManyRequests)
                        {
                            Interlocked.Increment(ref Now().Refused);
                            break;
                        }

                        wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromMilliseconds(250);
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                    {
                        wait = TimeSpan.FromMilliseconds(250);
                    }

                    Interlocked.Increment(ref Now().Failed);
                    await Task.Delay(wait < TimeSpan.FromSeconds(2) ? wait : TimeSpan.FromSeconds(2));
                }
            }
        }));

        Console.WriteLine("second attempts orders replays refused failed");
        foreach (var (second, counts) in timeline.OrderBy(s => s.Key))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{second,6} {counts.Attempts,8} {counts.Orders,6} {counts.Replays,7} {counts.Refused,7} {counts.Failed,6}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"placed: {placed.Count} orders ({timeline.Values.Sum(s => s.Replays)} of them answered as replays after a retry)"));
        foreach (var (cart, at) in placed)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"order bench.{cart:N}@example.com {at}"));
        }

        return 0;
    }

    private sealed class Second
    {
        public int Attempts;
        public int Orders;
        public int Replays;
        public int Refused;
        public int Failed;
    }
}
