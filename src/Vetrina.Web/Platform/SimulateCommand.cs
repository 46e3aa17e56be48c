using System.Globalization;
using Vetrina.DemoData.Simulation;

namespace Vetrina.Web.Platform;

/// <summary>
/// <c>simulate [--days 365] [--to yyyy-MM-dd] [--seed 42] [--visits 300]</c>: plays a deterministic stretch of traffic,
/// orders, returns and cancellations through the real ingestion and checkout into the configured database, printing its
/// progress day by day, then aggregates the days. Ends by default yesterday.
/// </summary>
internal static class SimulateCommand
{
    public const string Name = "simulate";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Number(string name, int fallback) => int.TryParse(Option(name), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : fallback;
        var to = DateOnly.TryParseExact(Option("--to"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
            ? end
            : DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        var options = new SimulationOptions(to.AddDays(1 - Number("--days", 365)), to, Number("--seed", 42), Number("--visits", 300));
        Console.WriteLine($"Simulating {options.From:yyyy-MM-dd} to {options.To:yyyy-MM-dd} (seed {options.Seed}, about {options.VisitsPerDay} visits a day)...");
        var simulator = ActivatorUtilities.CreateInstance<TrafficSimulator>(app.Services);
        var result = await simulator.RunAsync(options, new Progress<string>(Console.WriteLine));
        Console.WriteLine($"Done: {result.Visits:N0} visits, {result.Events:N0} events, {result.Orders:N0} orders, {result.Returns:N0} returns, {result.Cancellations:N0} cancellations.");
        return 0;
    }
}
