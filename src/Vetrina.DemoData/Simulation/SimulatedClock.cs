namespace Vetrina.DemoData.Simulation;

/// <summary>The simulation's time: the services that date what they record (orders, payments, refunds, events) are given this clock.</summary>
public sealed class SimulatedClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}
